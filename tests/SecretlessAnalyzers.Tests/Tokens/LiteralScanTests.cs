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
using SecretlessAnalyzers.Tokens;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.SecretLiteralAnalyzer,
    SecretlessAnalyzers.CodeFixes.Credentials.KeyCredentialCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Tokens
{
    /// <summary>
    /// The text pre-filters of SL1010/SL1011 (<see cref="LiteralScan"/>, <see cref="KnownSecretSignatures"/>) must only
    /// skip literals the rules would reject anyway: every literal whose value the detector or the value test accepts
    /// is handed out, whatever the string syntax, escapes, comments or state of the code.
    /// </summary>
    public class LiteralScanTests
    {
        public static IEnumerable<object[]> DetectedTexts()
        {
            foreach (var key in KnownSecretDetectorTests.ChecksumKeys())
            {
                yield return new object[] { KnownSecretDetectorTests.KeyFor((string)key[0]) };
            }

            foreach (var token in KnownSecretDetectorTests.PrefixTokens())
            {
                yield return new object[] { token[0] };
            }

            yield return new object[] { "abc" + "7Q~" + FakeTokens.Random62(31, 5) };
            yield return new object[] { "aws_access_key_id=" + FakeTokens.AwsAccessKeyId() + " aws_secret=" + FakeTokens.AwsSecretAccessKey() };
            yield return new object[] { "https:" + "//hooks.slack.com/services/T00000000/B00000000/" + FakeTokens.Random62(24, 3) };
        }

        [Theory]
        [MemberData(nameof(DetectedTexts))]
        public void EveryDetectedFormat_HoldsASignature(string text)
        {
            Assert.NotNull(KnownSecretDetector.Detect(text));
            Assert.True(KnownSecretSignatures.MayContainSecret(text));
        }

        [Fact]
        public void RandomTexts_TheDetectorAccepts_HoldASignature()
        {
            // Fragments of every format glued at random: whenever the detector finds something, the signature scan must too.
            var fragments = DetectedTexts().Select(t => (string)t[0]).Concat(new[] { " ", "=", "\n", "-", "_", ".", "~", "Q", "+", "A", "eyJ", "x" }).ToArray();
            var random = new Random(11);
            var found = 0;
            for (var round = 0; round < 3000; round++)
            {
                var text = new StringBuilder();
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    var fragment = fragments[random.Next(fragments.Length)];
                    var start = random.Next(0, Math.Max(1, fragment.Length / 4));
                    text.Append(fragment, start, fragment.Length - start);
                }

                var value = text.ToString();
                if (KnownSecretDetector.Detect(value) is not null)
                {
                    found++;
                    Assert.True(KnownSecretSignatures.MayContainSecret(value), value);
                }
            }

            Assert.True(found > 200, $"only {found} detected texts");
        }

        public static IEnumerable<object[]> Sources()
        {
            var token = FakeTokens.GitHubToken(41);
            var escaped = "\\u0067" + token.Substring(1);
            var hex = "\\x67" + token.Substring(1);
            var sources = new[]
            {
                // every string syntax
                "class C { string a = \"" + token + "\"; string b = @\"" + token + "\"; string c = \"\"\"" + token + "\"\"\"; }",
                "class C { string a = \"\"\"\n    " + token + "\n    \"\"\"; string b = $\"\"\"\n    {1} " + token + "\n    \"\"\"; }",
                "class C { string M(int x) => $\"{x} " + token + "\" + $@\"{x}" + token + "\" + @$\"{x}" + token + "\"; }",
                "class C { string M(int x) => $\"{{" + token + "}} {x}\" + $\"{$\"{x}" + token + "\"}\"; }",
                "class C { System.ReadOnlySpan<byte> M() => \"" + token + "\"u8; }",
                "class C { string M() => \"Tr0ub4dor&3x!\" + @\"Tr0ub4dor&3x!\" + \"\"\"Tr0ub4dor&3x!\"\"\" + \"\"\"\n    Tr0ub4dor&3x!\n    \"\"\"; }",

                // escapes that spell a signature, quotes inside values
                "class C { string a = \"" + escaped + "\"; string b = \"" + hex + "\"; string c = \"\\\"" + token + "\\\"\"; string d = @\"\"\"" + token + "\"\"\"; }",
                "class C { string a = \"Tr0ub\\u0034dor&3x!\"; string b = \"Tr\\\"0ub4dor&3x!\"; string c = @\"Tr\"\"0ub4dor&3x!\"; string d = \"Tr0ub4dor\\t3x!\"; }",
                "class C { string a = \"Tr0ub\\\\4dor&3x!\"; string b = \"Tr0ub\\'4dor&3x!\"; string c = \"Tr0ub\\e4dor&3x!\"; string d = \"Tr0ub\\q4dor&3x!\"; string e = \"Tr0ub4dor&3x!\\\"; }",
                "class C { string a = @\"C:\\Tr0ub4dor&3x!\"; string b = \"Tr0ub4dor&3x!\\x41\"; string c = \"Tr0ub4dor&3x!\\U00000041\"; string d = \"\\n\\0\\a\\b\\f\\vTr0ub4dor\"; }",

                // a signature split across a concatenation, a token in one part
                "class C { const string A = \"g\" + \"hp_" + token.Substring(4) + "\"; const string B = \"prefix \" + \"" + token + "\"; }",

                // comments, char literals, directives
                "class C { /* \"" + token + "\" */ // \"" + token + "\"\n char q = '\"'; string s = \"Tr0ub4dor&3x!\"; }\n#if NEVER\nstring x = \"" + token + "\";\n#endif",

                // code being typed, a literal at the very end of the file
                "class C { string password = \"Tr0ub4dor&3x!",
                "class C { string password = \"Tr0ub4dor&3x!\nstring t = \"" + token,
                "class C { string t = \"" + token + "\"",
                "class C { string t = @\"" + token,
                "class C { string t = \"\"\"" + token,
                "class C { string t = $\"{\"" + token,
                "\"" + token,
                "\"",
                "\"\"",
                string.Empty,
            };
            return sources.Select(source => new object[] { source });
        }

        [Theory]
        [MemberData(nameof(Sources))]
        public void EveryValueEitherRuleCouldReport_IsHandedOut(string source) => AssertNothingSkipped(source);

        [Fact]
        public void RandomSources_NothingIsSkipped()
        {
            var token = FakeTokens.GitHubToken(42);
            var fragments = new[]
            {
                "\"", "\"", "\"", "@\"", "$\"", "\"\"\"", "u8", "'\"'", "\\\"", "\\u0067", "\\x41", "\\\\", "\\n", "\\'", "\\e", "\\q", "\\", "{", "}", "{{", " ", "\t", "\n", "\r\n",
                "//", "/*", "*/", "#if X\n", "#endif\n", "+", ";", "=", "Tr0ub4dor&3x!", "abcdefgh", token, "hp_", "eyJ", "Q~", "class C { string s = ",
            };
            var random = new Random(5);
            for (var round = 0; round < 1500; round++)
            {
                var source = new StringBuilder();
                for (var i = random.Next(1, 25); i > 0; i--)
                {
                    source.Append(fragments[random.Next(fragments.Length)]);
                }

                AssertNothingSkipped(source.ToString());
            }
        }

        // ---- The analyzer on the same edge cases ----------------------------------------------------------------

        [Fact]
        public Task EscapedSignature_IsStillReported()
        {
            var token = FakeTokens.GitHubToken(43);
            return Verify.VerifyAnalyzerAsync(
                $$""""
                class Settings
                {
                    public const string Unicode = {|SL1010:"\u0067{{token.Substring(1)}}"|};
                    public const string Hex = {|SL1010:"\x67{{token.Substring(1)}}"|};
                    public const string Quoted = {|SL1010:@"""{{token}}"""|};
                }
                """");
        }

        [Fact]
        public Task SignatureSplitAcrossAConcatenation_IsNotJoined_ButAWholePartIsReported()
        {
            var token = FakeTokens.GitHubToken(44);
            return Verify.VerifyAnalyzerAsync(
                $$"""
                class Settings
                {
                    public const string Split = "g" + "{{token.Substring(1)}}";
                    public const string Part = "Bearer " + {|SL1010:"{{token}}"|};
                }
                """);
        }

        [Fact]
        public Task InterpolatedAndRawStrings_AreReportedOnce()
        {
            var token = FakeTokens.GitHubToken(45);
            var npm = FakeTokens.NpmToken(46);
            return Verify.VerifyAnalyzerAsync(
                "class Settings\n{\n"
                + "    public static string Header(int id) => {|SL1010:$\"{id}: " + token + " and again " + token + "\"|};\n"
                + "    public static string Raw(int id) => {|SL1010:$$\"\"\"\n        {{id}}: " + token + "\n        \"\"\"|};\n"
                + "    public static string Nested(int id) => {|SL1010:$\"{id} " + token + " {{|SL1010:$\"{id} " + npm + "\"|}}\"|};\n"
                + "}\n");
        }

        [Fact]
        public Task SecretNamedRawAndVerbatimLiterals_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                """"
                class C
                {
                    private const string Password = {|SL1011:"""
                        Tr0ub4dor&3x!
                        """|};
                    private const string ApiKey = {|SL1011:@"f3a9c1d27b5e48e0a6d4c2b1e9f07a35"|};
                    private const string Secret = {|SL1011:"Xk9_pQ2.\u0076R7~mN4-tL8"|};
                    private const string Token = "Xk9_pQ2 vR7~mN4-tL8";
                }
                """");

        [Fact]
        public async Task LiteralsBeingTyped_UpToTheVeryEndOfTheFile_AreJudgedAsBefore()
        {
            // An unterminated literal runs to the end of its line: its value is judged like any other.
            var token = FakeTokens.NpmToken(48);
            var result = await AnalyzerRunner.RunAsync(
                System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new SecretLiteralAnalyzer()),
                new[] { ("/0/Test0.cs", "class C {\n string password = \"Tr0ub4dor&3x!\n string t = \"" + token) },
                extraReferences: Infrastructure.TestReferences.All);

            Assert.False(result.HasFailures, result.FormatFailures());
            Assert.Equal(new[] { "SL1010", "SL1011" }, result.AnalyzerDiagnostics.Select(d => d.Id).OrderBy(id => id));
        }

        /// <summary>
        /// Every literal and interpolated string the detector would find a secret in is handed to SL1010; every
        /// literal whose value passes SL1011's value tests is handed to SL1011; nothing twice.
        /// </summary>
        private static void AssertNothingSkipped(string source)
        {
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview));
            var root = tree.GetRoot();
            var text = tree.GetText().ToString();

            var signatureValues = new List<ExpressionSyntax>();
            LiteralScan.ForEachSignatureValue(root, text, signatureValues.Add, CancellationToken.None);
            var secretLike = new List<LiteralExpressionSyntax>();
            LiteralScan.ForEachSecretLikeLiteral(root, text, secretLike.Add, CancellationToken.None);

            Assert.Equal(signatureValues.Count, signatureValues.Distinct().Count());
            Assert.Equal(secretLike.Count, secretLike.Distinct().Count());
            foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)))
            {
                var value = literal.Token.ValueText;
                if (KnownSecretDetector.Detect(value) is not null)
                {
                    Assert.Contains(literal, signatureValues);
                }

                if (SecretNames.MayBeSecretLiteral(value, 0, value.Length))
                {
                    Assert.Contains(literal, secretLike);
                }
            }

            foreach (var interpolated in root.DescendantNodes().OfType<InterpolatedStringExpressionSyntax>())
            {
                if (interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Any(part => KnownSecretDetector.Detect(part.TextToken.ValueText) is not null))
                {
                    Assert.Contains(interpolated, signatureValues);
                }
            }
        }
    }
}
