using System.Linq;
using SecretlessAnalyzers.Reporting.Baseline;
using Xunit;

namespace SecretlessAnalyzers.Reporting.Tests
{
    /// <summary>
    /// The baseline writer and checker of the task library: what it reads from the compiler's SARIF log, what it
    /// records, which entries are stale, and the file format it writes and reads back. (That the analyzers read the
    /// file it writes is tested beside them: tests/SecretlessAnalyzers.Tests/Baseline.)
    /// </summary>
    public sealed class BaselineTests
    {
        [Fact]
        public void Writer_RecordsReportedFindingsOnce_InAStableOrder_AndSkipsThoseSuppressedInSource()
        {
            var a = new BaselineEntry("SL1001", "B.cs", "N.T.M", new string('1', 64));
            var b = new BaselineEntry("SL1003", "A.cs", "N.T.M", new string('2', 64));
            var pragma = new BaselineEntry("SL1001", "A.cs", "N.T.Reviewed", new string('3', 64));
            var findings = new[] { new LoggedFinding(a, false), new LoggedFinding(b, false), new LoggedFinding(a, false), new LoggedFinding(pragma, true) };

            var recorded = BaselineLog.EntriesToRecord(findings);

            Assert.Equal(new[] { b.Fingerprint, a.Fingerprint }, recorded.Select(e => e.Fingerprint));
        }

        [Fact]
        public void Log_IsReadFromSarif21And10_AndStaleEntriesAreThoseNoFindingHas()
        {
            var fixedOne = new BaselineEntry("SL1001", "Old.cs", "N.T.Gone", new string('c', 64));
            var kept = new BaselineEntry("SL1001", "A.cs", "N.T.M", new string('a', 64));
            const string Sarif21 = """
                { "$schema": "x", "version": "2.1.0", "runs": [ { "results": [
                  { "ruleId": "SL1001", "level": "warning", "message": { "text": "m" },
                    "suppressions": [ { "kind": "inSource", "properties": { "suppressionType": "DiagnosticSuppressor" } } ],
                    "properties": { "warningLevel": 1, "customProperties": { "Fingerprint": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "FingerprintFile": "A.cs", "FingerprintMember": "N.T.M" } } },
                  { "ruleId": "SL1003", "level": "warning", "message": { "text": "m" },
                    "properties": { "customProperties": { "Fingerprint": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "FingerprintFile": "B.cs", "FingerprintMember": "N.U.M" } } },
                  { "ruleId": "CS0168", "level": "warning", "message": { "text": "m" } }
                ] } ] }
                """;
            const string Sarif10 = """
                { "version": "1.0.0", "runs": [ { "results": [
                  { "ruleId": "SL1003", "level": "warning", "message": "m", "suppressionStates": [ "suppressedInSource" ],
                    "properties": { "customProperties": { "Fingerprint": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "FingerprintFile": "B.cs", "FingerprintMember": "N.U.M" } } }
                ] } ] }
                """;

            var findings = BaselineLog.Read(Sarif21);
            Assert.Equal(new[] { "SL1001", "SL1003" }, findings.Select(f => f.Entry.Rule));
            Assert.Equal(new[] { true, false }, findings.Select(f => f.Suppressed));
            Assert.Equal("N.U.M", findings[1].Entry.Member);
            Assert.Equal(new[] { fixedOne }, BaselineLog.Stale(new[] { fixedOne, kept }, findings));

            var old = Assert.Single(BaselineLog.Read(Sarif10));
            Assert.True(old.Suppressed);
            Assert.Equal("B.cs", old.Entry.File);
        }

        [Fact]
        public void Document_IsReadBackByTheWriter_WithEscapedStrings()
        {
            var entries = new[]
            {
                new BaselineEntry("SL1001", "Data/Orders.cs", "Contoso.Orders.Open", new string('a', 64)),
                new BaselineEntry("SL1020", "appsettings.json", "ConnectionStrings:\"Quoted\"\\Key<&>", new string('b', 64)),
            };

            var text = BaselineDocument.Write("0123456789abcdef0123456789abcdef", entries);
            var read = BaselineDocument.TryRead(text)!;

            Assert.Equal(entries.Select(e => (e.Rule, e.File, e.Member, e.Fingerprint)), read.Select(e => (e.Rule, e.File, e.Member, e.Fingerprint)));
            Assert.Equal(2, text.Split('\n').Count(line => line.TrimStart().StartsWith("{ \"rule\"", System.StringComparison.Ordinal)));
            Assert.Contains("\"salt\": \"0123456789abcdef0123456789abcdef\"", text);
        }

        [Fact]
        public void ForeignJson_IsNotReadByTheWriter()
        {
            Assert.Null(BaselineDocument.TryRead("{ \"tool\": \"Other\", \"entries\": [] }"));
            Assert.Null(BaselineDocument.TryRead("not json"));
            Assert.Empty(BaselineDocument.TryRead(BaselineDocument.Write("0123456789abcdef0123456789abcdef", new BaselineEntry[0]))!);
        }
    }
}
