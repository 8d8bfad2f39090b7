using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Tests.Infrastructure;
using SecretlessAnalyzers.Tokens;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.SecretLiteralAnalyzer,
    SecretlessAnalyzers.CodeFixes.Credentials.KeyCredentialCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Tokens
{
    /// <summary>SL1010 and SL1011 in compilations: what is reported, once, with which message; what is not; options.</summary>
    public class SecretLiteralAnalyzerTests
    {
        // ---- SL1010 -------------------------------------------------------------------------------------------

        [Theory]
        [MemberData(nameof(KnownSecretDetectorTests.ChecksumKeys), MemberType = typeof(KnownSecretDetectorTests))]
        public Task ChecksumVerifiedKey_InAnyLiteral_IsAnError(string name, string kind)
        {
            _ = kind;
            var key = KnownSecretDetectorTests.KeyFor(name, seed: 5);
            return Verify.VerifyAnalyzerAsync(
                $$"""
                class Settings
                {
                    public static string Key => {|#0:"{{key}}"|};
                }
                """,
                new DiagnosticResult("SL1010", DiagnosticSeverity.Error).WithLocation(0));
        }

        [Theory]
        [MemberData(nameof(KnownSecretDetectorTests.PrefixTokens), MemberType = typeof(KnownSecretDetectorTests))]
        public Task FormatToken_InAnyLiteral_IsAWarning(string token, string kind)
        {
            _ = kind;
            return Verify.VerifyAnalyzerAsync(
                $$"""
                class Settings
                {
                    public static readonly string Token = {|#0:@"{{token.Replace("\"", "\"\"")}}"|};
                }
                """,
                new DiagnosticResult("SL1010", DiagnosticSeverity.Warning).WithLocation(0));
        }

        [Fact]
        public Task Message_NamesFormat_RedactsValue_AndSaysWhereItShouldLive()
        {
            var key = FakeTokens.SearchKey(7);
            return Verify.VerifyAnalyzerAsync(
                $$"""
                class Settings
                {
                    public const string SearchKey = {|#0:"{{key}}"|};
                }
                """,
                Verify.Diagnostic("SL1010").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments(
                    "Azure AI Search key", FakeSecrets.Redacted(key), " (checksum verified)",
                    "the service accepts Microsoft Entra tokens: authenticate with a managed identity instead, then rotate the key"));
        }

        [Fact]
        public Task ThirdPartyToken_MessageSaysKeyVault()
        {
            var token = FakeTokens.GitHubToken();
            return Verify.VerifyAnalyzerAsync(
                $$"""
                class Settings
                {
                    public const string Token = {|#0:"{{token}}"|};
                }
                """,
                Verify.Diagnostic("SL1010").WithLocation(0).WithArguments(
                    "GitHub token", FakeSecrets.Redacted(token), string.Empty, "keep it in Azure Key Vault and read it through configuration, then rotate it"));
        }

        [Fact]
        public async Task NeitherMessageNorPropertiesContainTheSecret()
        {
            var key = FakeTokens.EntraSecret(9);
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new SecretLiteralAnalyzer()),
                new[] { ("/0/Test0.cs", "class C { string s = \"" + key + "\"; }") },
                extraReferences: TestReferences.All);

            var diagnostic = Assert.Single(result.AnalyzerDiagnostics);
            Assert.DoesNotContain(key.Substring(4, 20), diagnostic.GetMessage());
            Assert.All(diagnostic.Properties.Values, value => Assert.DoesNotContain(key.Substring(4, 20), value ?? string.Empty));
            Assert.Equal("EntraClientSecret", diagnostic.Properties["SecretKind"]);
            Assert.Equal("true", diagnostic.Properties["ChecksumVerified"]);
        }

        [Fact]
        public Task SecretInInterpolatedText_IsReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                class Client
                {
                    public string Header(string user) => {|SL1010:$"Bearer {{FakeTokens.Jwt()}} for {user}"|};
                }
                """);

        [Fact]
        public Task RawAndVerbatimStrings_AreReported() =>
            Verify.VerifyAnalyzerAsync(
                $$""""
                class Keys
                {
                    public const string Raw = {|SL1010:"""{{FakeTokens.Jwt(31)}}"""|};
                    public const string Verbatim = {|SL1010:@"{{FakeTokens.SlackBotToken()}}"|};
                    public const string Escaped = {|SL1010:"{{FakeTokens.PemPrivateKey().Replace("\n", "\\n")}}"|};
                }
                """");

        public static System.Collections.Generic.IEnumerable<object[]> NonSecretTexts() =>
            typeof(KnownSecretDetectorTests).GetMethod(nameof(KnownSecretDetectorTests.NonSecrets_AreNotRecognised))!
                .GetCustomAttributes(typeof(InlineDataAttribute), false)
                .Cast<InlineDataAttribute>()
                .SelectMany(data => data.GetData(null!));

        [Theory]
        [MemberData(nameof(NonSecretTexts))]
        public Task NonSecretLiterals_AreNotReported(string text) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                class C
                {
                    public static string Value => @"{{text.Replace("\"", "\"\"")}}";
                }
                """);

        [Theory]
        [MemberData(nameof(KnownSecretDetectorTests.ChecksumKeys), MemberType = typeof(KnownSecretDetectorTests))]
        public Task CorruptedKeys_AreNotReported(string name, string kind)
        {
            _ = kind;
            return Verify.VerifyAnalyzerAsync(
                $$"""
                class Settings
                {
                    public static string Key => "{{FakeTokens.Corrupt(KnownSecretDetectorTests.KeyFor(name, seed: 6))}}";
                }
                """);
        }

        [Fact]
        public Task KeywordAnchoredConnectionString_IsLeftToTheConnectionStringRules() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                class Settings
                {
                    public const string Bus = "Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey={{FakeTokens.ServiceBusKey()}}";
                    public const string Cosmos = "AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey={{FakeTokens.CosmosKey()}};";
                    public const string Redis = "contoso.redis.cache.windows.net:6380,password={{FakeTokens.RedisKey()}},ssl=True,abortConnect=False";
                }
                """);

        [Fact]
        public Task LiteralGivenToAKeyCredential_IsLeftToSL1006()
        {
            var key = FakeTokens.SearchKey(3);
            return Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure;

                class Search
                {
                    private const string Key = "{{key}}";
                    public AzureKeyCredential Inline() => new AzureKeyCredential("{{key}}");
                    public AzureKeyCredential ThroughConstant() => new AzureKeyCredential(Key);
                }
                """);
        }

        [Fact]
        public Task EntraSecretGivenToClientSecretCredential_IsLeftToSL1005() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Azure.Identity;

                class Auth
                {
                    public ClientSecretCredential Create() => new ClientSecretCredential("tenant", "client", "{{FakeTokens.EntraSecret(4)}}");
                }
                """);

        [Fact]
        public Task GeneratedCode_IsStillReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                // <auto-generated/>
                class Settings
                {
                    public const string Token = {|SL1010:"{{FakeTokens.NpmToken()}}"|};
                }
                """);

        // ---- SL1011 -------------------------------------------------------------------------------------------

        [Theory]
        [InlineData("string password = {|#0:\"Tr0ub4dor&3x!\"|};")]
        [InlineData("const string AdminPwd = {|#0:\"Zq8#mW2!pLx9\"|};")]
        [InlineData("string ApiKey { get; set; } = {|#0:\"f3a9c1d27b5e48e0a6d4c2b1e9f07a35\"|};")]
        [InlineData("string ClientSecret => {|#0:\"Xk9_pQ2.vR7~mN4-tL8\"|};")]
        [InlineData("void Connect(string user, string password = {|#0:\"S3cure!Passw-0rd\"|}) { }")]
        [InlineData("void Set(Options o) { o.AccessKey = {|#0:\"a8F3kLm9Qz2Xw7Rt5Yb1\"|}; }")]
        [InlineData("string Token() => System.Environment.GetEnvironmentVariable(\"API_TOKEN\") ?? {|#0:\"u7Yh3Kp9Lm2Nq8Rw\"|};")]
        [InlineData("System.Collections.Generic.Dictionary<string, string> Settings = new() { [\"Auth:ClientSecret\"] = {|#0:\"Jk2$Lm9pQr7!Xz\"|} };")]
        [InlineData("System.Collections.Generic.Dictionary<string, string> Settings = new() { { \"db_password\", {|#0:\"Hx7!kP2@mQ9z\"|} } };")]
        [InlineData("void Store(System.Collections.Generic.IDictionary<string, string> d) { d[\"smtpPassword\"] = {|#0:\"Wq4%Tz8&Lp3r\"|}; }")]
        [InlineData("void Login(Options o) { Check(o, secret: {|#0:\"Nv5^Bx2*Kq7w\"|}); } void Check(Options o, string secret) { }")]
        [InlineData("bool IsAdmin(string password) => password == {|#0:\"Gh6&Jk3!Lz9q\"|};")]
        public Task SecretNamedTarget_WithSecretLikeValue_IsReported(string member) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                class Options { public string AccessKey { get; set; } }

                class C
                {
                    {{member}}
                }
                """,
                new DiagnosticResult("SL1011", DiagnosticSeverity.Info).WithLocation(0));

        [Fact]
        public Task Message_NamesTheSymbol_AndRedactsTheValue() =>
            Verify.VerifyAnalyzerAsync(
                """
                class C
                {
                    private const string SmtpPassword = {|#0:"Tr0ub4dor&3x!"|};
                }
                """,
                Verify.Diagnostic("SL1011").WithLocation(0).WithArguments("SmtpPassword", "'Tr0u…' (13 characters)", ""));

        [Theory]
        [InlineData("string password = \"\";")]
        [InlineData("string password = \"password\";")]
        [InlineData("string password = \"changeme\";")]
        [InlineData("string password = \"<your-password>\";")]
        [InlineData("string password = \"********\";")]
        [InlineData("string password = \"{0}\";")]
        [InlineData("string password = \"@password\";")]
        [InlineData("string password = \"#{DbPassword}#\";")]
        [InlineData("string password = \"__DB_PASSWORD__\";")]
        [InlineData("string password = \"${DB_PASSWORD}\";")]
        [InlineData("string apiKey = \"@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/api-key)\";")]
        [InlineData("string secretName = \"Xk9_pQ2.vR7~mN4-tL8\";")]
        [InlineData("string tokenEndpoint = \"https://login.microsoftonline.com/common/oauth2/v2.0/token\";")]
        [InlineData("string TokenUrl = \"/oauth/token?grant=Xk9_pQ2\";")]
        [InlineData("string passwordFile = \"/etc/secrets/db.pwd\";")]
        [InlineData("string PasswordLabel = \"Password:\";")]
        [InlineData("string passwordPrompt = \"Enter your password\";")]
        [InlineData("string PasswordError = \"Password_Too_Short_1\";")]
        [InlineData("string passwordHint = \"Use8+chars!\";")]
        [InlineData("string clientSecretVariable = \"AZURE_CLIENT_SECRET\";")]
        [InlineData("string ApiKeyHeader = \"Ocp-Apim-Subscription-Key\";")]
        [InlineData("string apiKeyConfig = \"Search:ApiKey\";")]
        [InlineData("string credentialType = \"ClientSecret\";")]
        [InlineData("string token = \"Bearer\";")]
        [InlineData("string tokenId = \"3fa85f64-5717-4562-b3fc-2c963f66afa6\";")]
        [InlineData("string secret = \"3fa85f64-5717-4562-b3fc-2c963f66afa6\";")]
        [InlineData("string connectionString = \"Host=localhost;Database=orders;Username=app\";")]
        [InlineData("string connectionString = \"Server=(localdb)\\\\MSSQLLocalDB;Database=app\";")]
        [InlineData("string password = \"Summer2024\";")]
        [InlineData("string password = \"aaaaaaaabbbbbbbb\";")]
        [InlineData("string secretary = \"Tr0ub4dor&3x!\";")]
        [InlineData("string passwordless = \"Tr0ub4dor&3x!\";")]
        [InlineData("bool isPasswordSet = \"Tr0ub4dor&3x!\".Length > 0;")]
        [InlineData("string description = \"Tr0ub4dor&3x!\";")]
        [InlineData("string sqlParameter = \":password\";")]
        [InlineData("[System.ComponentModel.Description(\"Tr0ub4dor&3x!\")] string Password { get; set; }")]
        [InlineData("string Password(string key) => Lookup(\"Tr0ub4dor&3x!\"); string Lookup(string name) => name;")]
        public Task NonSecrets_AreNotReported(string member) =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                class C
                {
                    {{member}}
                }
                """);

        [Fact]
        public Task SecretNamedLiteral_GivenToACredential_IsLeftToTheCredentialRules() =>
            Verify.VerifyAnalyzerAsync(
                """
                using Azure.Identity;

                class Auth
                {
                    private const string ClientSecret = "Xk9_pQ2.vR7~mN4-tL8";
                    public ClientSecretCredential Create() => new ClientSecretCredential("tenant", "client", ClientSecret);
                    public ClientSecretCredential Named() => new ClientSecretCredential("tenant", "client", clientSecret: "Yk9_pQ2.vR7~mN4-tL8");
                }
                """);

        [Fact]
        public Task ConstantsBuildingAConnectionString_AreLeftToTheConnectionStringRules() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                class Settings
                {
                    private const string StorageAccountKey = "Kq9#Lm2$Xz7!Wp4&Rt8*Vb3^";
                    private const string CosmosKey = "{{FakeTokens.CosmosKey(8)}}";
                    private const string DbPassword = "Tr0ub4dor&3x!";
                    public const string Storage = "AccountName=contoso;AccountKey=" + StorageAccountKey + ";EndpointSuffix=core.windows.net";
                    public const string Cosmos = "AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey=" + CosmosKey;
                    public static string Sql => $"Server=tcp:contoso.database.windows.net;User ID=app;Password={DbPassword};";
                }
                """);

        [Fact]
        public Task TestProject_IsSkippedBySL1011ByDefault_ButNotBySL1010()
        {
            var test = new Verify.AnalyzerTest
            {
                TestCode = $$"""
                    class Fixture
                    {
                        private const string Password = "Tr0ub4dor&3x!";
                        private const string Token = {|SL1010:"{{FakeTokens.GitHubToken(21)}}"|};
                    }
                    """,
            };
            test.TestState.AdditionalReferences.Add(TestReferences.Of(typeof(Xunit.FactAttribute)));
            return test.RunAsync();
        }

        [Fact]
        public Task TestProject_ScanTestProjectsTrue_ReportsSL1011()
        {
            var test = new Verify.AnalyzerTest
            {
                TestCode = """
                    class Fixture
                    {
                        private const string Password = {|SL1011:"Tr0ub4dor&3x!"|};
                    }
                    """,
            };
            test.TestState.AdditionalReferences.Add(TestReferences.Of(typeof(Xunit.FactAttribute)));
            test.AnalyzerConfigOptions["secretless.scan_test_projects"] = "true";
            return test.RunAsync();
        }

        [Fact]
        public Task TestProject_ScanTestProjectsFalse_SkipsEveryRule()
        {
            var test = new Verify.AnalyzerTest
            {
                TestCode = $$"""
                    class Fixture
                    {
                        private const string Token = "{{FakeTokens.GitHubToken(22)}}";
                    }
                    """,
            };
            test.TestState.AdditionalReferences.Add(TestReferences.Of(typeof(Xunit.FactAttribute)));
            test.AnalyzerConfigOptions["secretless.scan_test_projects"] = "false";
            return test.RunAsync();
        }

        [Fact]
        public Task SecretWordsOption_ReplacesTheWordList()
        {
            var test = new Verify.AnalyzerTest
            {
                TestCode = """
                    class C
                    {
                        private const string Password = "Tr0ub4dor&3x!";
                        private const string Pin = {|SL1011:"Tr0ub4dor&3x!"|};
                    }
                    """,
            };
            test.AnalyzerConfigOptions["secretless.secret_words"] = "pin, passcode";
            return test.RunAsync();
        }

        [Fact]
        public Task MinEntropyOption_RaisesTheBar()
        {
            var test = new Verify.AnalyzerTest
            {
                TestCode = """
                    class C
                    {
                        private const string Password = "Tr0ub4dor&3xTr0ub4dor&3x";
                        private const string ApiKey = {|SL1011:"Kq9#Lm2$Xz7!Wp4&Rt8*Vb3^"|};
                    }
                    """,
            };
            test.AnalyzerConfigOptions["secretless.min_entropy"] = "4.2";
            return test.RunAsync();
        }

        [Fact]
        public Task SeverityCanBeRaised() =>
            new Verify.AnalyzerTest
            {
                TestCode = """
                    class C
                    {
                        private const string Password = {|#0:"Tr0ub4dor&3x!"|};
                    }
                    """,
                ExpectedDiagnostics = { new DiagnosticResult("SL1011", DiagnosticSeverity.Warning).WithLocation(0) },
                AnalyzerConfigOptions = { ["dotnet_diagnostic.SL1011.severity"] = "warning" },
            }.RunAsync();

        // ---- Robustness ---------------------------------------------------------------------------------------

        [Theory]
        [InlineData("class C { string password = \"Tr0ub4dor&3x!")]
        [InlineData("class C { void M() { var apiKey = ; } }")]
        [InlineData("class C { string s = $\"{\" }")]
        [InlineData("class C { [Obsolete(\"ghp_\" + )] void M() { } }")]
        [InlineData("class C { string x = \"eyJhbGciOiJIUzI1NiJ9.eyJ\"; }")]
        [InlineData("password = \"Tr0ub4dor&3x!\";")]
        public async Task IncompleteCode_NeverThrows(string source)
        {
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new SecretLiteralAnalyzer()),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: TestReferences.All);

            Assert.False(result.HasFailures, result.FormatFailures());
        }

        [Fact]
        public async Task ManyOrdinaryLiterals_ProduceNoFinding()
        {
            var members = string.Join("\n", Enumerable.Range(0, 2000).Select(i =>
                $"    public const string Value{i} = \"Customer {i} placed order ORD-{i:D6} for product SKU-{i * 7:D5}; see https://contoso.example/orders/{i}\";"));
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new SecretLiteralAnalyzer()),
                new[] { ("/0/Test0.cs", "class C\n{\n" + members + "\n}") },
                extraReferences: TestReferences.All);

            Assert.False(result.HasFailures, result.FormatFailures());
            Assert.Empty(result.AnalyzerDiagnostics);
        }
    }
}
