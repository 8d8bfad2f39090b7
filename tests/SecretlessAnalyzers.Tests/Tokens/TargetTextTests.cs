using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Tests.Infrastructure;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Tokens;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.SecretLiteralAnalyzer,
    SecretlessAnalyzers.CodeFixes.Credentials.KeyCredentialCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Tokens
{
    /// <summary>
    /// The text test of SL1011's target (<see cref="LiteralScan.TargetTextRulesOut"/>): a literal is skipped without
    /// touching the tree only when its source shows for certain that no secret-named target receives it, so every
    /// literal it skips is one <see cref="SecretTarget.Find"/> finds no target for.
    /// </summary>
    public class TargetTextTests
    {
        private const string Value = "Xk9_pQ2.vR7~mN4-tL8";

        // Each shape: skipped by the text when the name holds no secret word.
        public static IEnumerable<object[]> SkippedShapes() => new[]
        {
            "class C { string v3 = \"" + Value + "\"; }",
            "class C { const string Blob = @\"" + Value + "\"; }",
            "class C { void M() { var x = \"\"; x = \"" + Value + "\"; } }",
            "class C { string A; void M(C c) { c.A = \"" + Value + "\"; } }",
            "class C { string A; object M() => new C { A = \"" + Value + "\" }; }",
            "class C { void M(string mode = \"" + Value + "\") { } }",
            "class C { void M(System.Collections.Generic.Dictionary<string, string> d) { d[\"region\"] = \"" + Value + "\"; } }",
            "class C { object M() => new System.Collections.Generic.Dictionary<string, string> { [\"region\"] = \"" + Value + "\" }; }",
            "class C { void M(string mode) { } void N() { M(mode: \"" + Value + "\"); } }",
            "class C { byte[] M() => System.Convert.FromBase64String(\"" + Value + "\"); }",
            "class C { object M() => new System.Uri(\"" + Value + "\", System.UriKind.Relative); }",
            "class C { string M() { return \"" + Value + "\"; } }",
            "class C { string M(bool c, string s) { return c ? s : \"" + Value + "\"; } }",
            "class C { C(string s) { } C() : this(\"" + Value + "\") { } }",
        }.Select(source => new object[] { source });

        [Theory]
        [MemberData(nameof(SkippedShapes))]
        public void NonSecretTarget_IsSkippedByTheText(string source)
        {
            var (handed, withWords, _) = Scan(source);
            Assert.Single(handed);
            Assert.Empty(withWords);
        }

        // Secret names in any case and separators, and shapes the text cannot be sure of: the tree is asked.
        public static IEnumerable<object[]> AskedShapes() => new[]
        {
            "class C { string apiKey = \"" + Value + "\"; }",
            "class C { string api_key = \"" + Value + "\"; }",
            "class C { string APIKEY = \"" + Value + "\"; }",
            "class C { string ApiKey = @\"" + Value + "\"; }",
            "class C { string @password = \"" + Value + "\"; }",
            "class C { string dbPassword = \"" + Value + "\"; }",
            "class C { string A; void M(C c) { c.ClientSecret = \"" + Value + "\"; } string ClientSecret; }",
            "class C { void M(System.Collections.Generic.Dictionary<string, string> d) { d[\"Auth:ApiKey\"] = \"" + Value + "\"; } }",
            "class C { void M(System.Collections.Generic.Dictionary<string, string> d) { d[\"api-key\"] = \"" + Value + "\"; } }",
            "class C { void M(string token) { } void N() { M(token: \"" + Value + "\"); } }",
            "class C { void SetPassword(string p) { } void N() { SetPassword(\"" + Value + "\"); } }",
            "class C { object M() => new System.Net.NetworkCredential(\"" + Value + "\", \"x\"); }",
            "class C { C(string s) { } C M() => new(\"" + Value + "\"); }",
            // not a simple shape: the second argument, a comparison, a coalesce, a cast, an expression body,
            // a line break, a comment, a concatenation, a collection initializer, an escaped name
            "class C { void M(System.Collections.Generic.Dictionary<string, string> d) { d.Add(\"region\", \"" + Value + "\"); } }",
            "class C { bool M(string s) => s == \"" + Value + "\"; }",
            "class C { string M(string s) => s ?? \"" + Value + "\"; }",
            "class C { object M() => (object)\"" + Value + "\"; }",
            "class C { string Secret => \"" + Value + "\"; }",
            "class C { string v3 =\n \"" + Value + "\"; }",
            "class C { string v3 = /* c */ \"" + Value + "\"; }",
            "class C { string v3 = \"" + Value + "\" + \"x\"; }",
            "class C { string[] v3 = { \"" + Value + "\" }; }",
            "class C { string \\u0076\\u0033 = \"" + Value + "\"; }",
            "class C { string Key { get; } = \"" + Value + "\"; }",
        }.Select(source => new object[] { source });

        [Theory]
        [MemberData(nameof(AskedShapes))]
        public void SecretNameOrUnclearShape_IsLeftToTheTree(string source)
        {
            var (handed, withWords, _) = Scan(source);
            Assert.Single(handed);
            Assert.Equal(handed, withWords);
        }

        [Theory]
        [MemberData(nameof(SkippedShapes))]
        [MemberData(nameof(AskedShapes))]
        public void EverySkippedLiteral_HasNoSecretTarget(string source) => AssertSkipsOnlyLiteralsWithoutTarget(source);

        [Fact]
        public void RandomSources_SkipOnlyLiteralsWithoutTarget()
        {
            // Left contexts of every shape, with secret and other names, and what may follow a literal.
            var fragments = new[]
            {
                "\"", "@\"", "$\"", "\"\"\"", "u8", " ", "\t", "\n", "//", "/*", "*/", "#if X\n", "#endif\n", "\\u0041", "@", ".", "?", "+", "??", "=>", "==",
                "\"" + Value + "\"", "@\"" + Value + "\"", "\"" + Value + "\"", "@\"" + Value + "\"",
                "v3 = ", "apiKey = ", "API_KEY = ", "c.Password = ", "mode=", "[\"region\"] = ", "[\"api_key\"] = ", "d[\"region\" + x] = ",
                "M(", "new(", "new C(", "Convert.FromBase64String(", "SetSecret(", "M(mode: ", "M(token: ", "c ? x : ", "return ", "x, ",
                ";", ";", ",", ",", ")", ")", "}", "}", "(", "{", "[", "]", "=",
                "class C { string s = ", "void M(string mode, string token) { ", "var x = ",
            };
            var random = new Random(17);
            var skipped = 0;
            for (var round = 0; round < 800; round++)
            {
                var source = new StringBuilder();
                for (var i = random.Next(1, 25); i > 0; i--)
                {
                    source.Append(fragments[random.Next(fragments.Length)]);
                    if (random.Next(3) == 0)
                    {
                        // a whole shape now and then: a left context, a value, what follows it
                        source.Append(fragments[random.Next(21, 41)]).Append(fragments[random.Next(21, 25)]).Append(fragments[random.Next(41, 49)]);
                    }
                }

                skipped += AssertSkipsOnlyLiteralsWithoutTarget(source.ToString());
            }

            Assert.True(skipped > 100, $"only {skipped} literals skipped");
        }

        [Fact]
        public Task Analyzer_StillReportsSecretNamedTargets_AndNotTheOthers() =>
            Verify.VerifyAnalyzerAsync(
                "using System.Collections.Generic;\n"
                + "class C\n{\n"
                + "    private string api_key = {|SL1011:\"" + Value + "\"|};\n"
                + "    private string APIKEY = {|SL1011:@\"" + Value + "\"|};\n"
                + "    private string ClientSecret;\n"
                + "    private string v3 = \"" + Value + "\";\n"
                + "    private static void UseToken(string token) { }\n"
                + "    private static void Log(string mode) { }\n"
                + "    private string M(Dictionary<string, string> d, C c)\n    {\n"
                + "        d[\"Auth:ApiKey\"] = {|SL1011:\"" + Value + "\"|};\n"
                + "        d[\"region\"] = \"" + Value + "\";\n"
                + "        c.ClientSecret = {|SL1011:\"" + Value + "\"|};\n"
                + "        UseToken(token: {|SL1011:\"" + Value + "\"|});\n"
                + "        UseToken({|SL1011:\"" + Value + "\"|});\n"
                + "        Log(mode: \"" + Value + "\");\n"
                + "        Log(\"" + Value + "\");\n"
                + "        var x = new Dictionary<string, string> { [\"password\"] = {|SL1011:\"" + Value + "\"|}, [\"region\"] = \"" + Value + "\" };\n"
                + "        return \"" + Value + "\";\n"
                + "    }\n}\n");

        [Fact]
        public async Task CodeBeingTyped_IsJudgedAsBefore()
        {
            var result = await AnalyzerRunner.RunAsync(
                System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new SecretLiteralAnalyzer()),
                new[] { ("/0/Test0.cs", "class C {\n string v3 = \"" + Value + "\"\n string apiKey = \"" + Value + "\"\n void M() { Log(\"" + Value + "\", }\n string mode = \"" + Value) },
                extraReferences: Infrastructure.TestReferences.All);

            Assert.False(result.HasFailures, result.FormatFailures());
            Assert.Equal(new[] { "SL1011" }, result.AnalyzerDiagnostics.Select(d => d.Id));
        }

        /// <summary>Literals handed out without the text test, with it, and the compilation's model.</summary>
        private static (List<LiteralExpressionSyntax> Handed, List<LiteralExpressionSyntax> WithWords, Func<SemanticModel> Model) Scan(string source)
        {
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview));
            var root = tree.GetRoot();
            var text = tree.GetText().ToString();
            var handed = new List<LiteralExpressionSyntax>();
            LiteralScan.ForEachSecretLikeLiteral(root, text, handed.Add, CancellationToken.None);
            var withWords = new List<LiteralExpressionSyntax>();
            LiteralScan.ForEachSecretLikeLiteral(root, text, SecretlessOptions.DefaultSecretWords, withWords.Add, CancellationToken.None);
            return (handed, withWords, () => CSharpCompilation.Create("T", new[] { tree }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }).GetSemanticModel(tree));
        }

        private static int AssertSkipsOnlyLiteralsWithoutTarget(string source)
        {
            var (handed, withWords, model) = Scan(source);
            Assert.Equal(withWords.Count, withWords.Distinct().Count());
            Assert.All(withWords, literal => Assert.Contains(literal, handed));
            var skipped = 0;
            var semanticModel = handed.Count > withWords.Count ? model() : null;
            // A literal handed out through its closing quote (its value holds a space) is skipped as the rule would:
            // only values SL1011 looks at need a target test.
            foreach (var literal in handed.Where(l => !withWords.Contains(l) && SecretNames.MayBeSecretLiteral(l.Token.ValueText, 0, l.Token.ValueText.Length)))
            {
                skipped++;
                Assert.True(SecretTarget.Find(literal, SecretlessOptions.DefaultSecretWords, semanticModel!, CancellationToken.None) is null, literal.Parent?.Parent?.ToString() + " @" + literal.SpanStart + " in " + source);
            }

            return skipped;
        }
    }
}
