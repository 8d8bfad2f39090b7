using System.Threading.Tasks;
using SecretlessAnalyzers.Configuration;
using SecretlessAnalyzers.Testing;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.Configuration
{
    /// <summary>SL1020 in each file type, the non-secret classes, malformed files; SL1021 at the code that reads the setting.</summary>
    public class SecretInConfigurationFileTests
    {
        private static readonly string Key = FakeSecrets.StorageAccountKey();
        private static readonly string Cs = FakeSecrets.StorageConnectionString("contoso");

        private static Task VerifyAsync(string path, string content, params DiagnosticResult[] expected)
        {
            var test = new CSharpAnalyzerTest<SecretInConfigurationFileAnalyzer> { TestCode = "class C { }" };
            test.AdditionalFiles.Add((path, content));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public Task AppSettings_ConnectionString_ReportedAtTheValueWithKeyAndFile() =>
            VerifyAsync(
                "/0/appsettings.json",
                $$"""
                {
                  "ConnectionStrings": {
                    "Orders": "{|#0:{{Cs}}|}"
                  }
                }
                """,
                CSharpAnalyzerVerifier<SecretInConfigurationFileAnalyzer>.Diagnostic().WithLocation(0)
                    .WithArguments("Storage account key", "ConnectionStrings:Orders", "appsettings.json", FakeSecrets.Redacted(Key), "Storage Blob Data Contributor (or the Queue, Table or File data role of the service used)"));

        [Theory]
        [InlineData("/0/appsettings.Development.json")]
        [InlineData("/0/appsettings.Production.json")]
        [InlineData("/0/local.settings.json")]
        [InlineData("/0/Properties/launchSettings.json")]
        public Task EveryJsonFileType_IsScanned(string path) =>
            VerifyAsync(path, $$"""{ "Values": { "AzureWebJobsStorage": "{|SL1020:{{Cs}}|}", "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated" }, }""");

        [Theory]
        [InlineData("/0/web.config")]
        [InlineData("/0/Web.Release.config")]
        [InlineData("/0/app.config")]
        public Task EveryXmlFileType_IsScanned(string path) =>
            VerifyAsync(path, $$"""
                <configuration>
                  <connectionStrings>
                    <add name="Storage" connectionString="{|SL1020:{{Cs}}|}" />
                  </connectionStrings>
                  <appSettings>
                    <add key="Sas" value="{|SL1020:https://contoso.blob.core.windows.net/c?{{FakeSecrets.SasQuery().Replace("&", "&amp;")}}|}" />
                    <add key="Plain" value="hello" />
                  </appSettings>
                </configuration>
                """);

        [Fact]
        public Task EscapedJsonValue_IsDecodedBeforeDetection() =>
            VerifyAsync("/0/appsettings.json", $$"""{ "Storage": "{|SL1020:DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey\u003d{{Key}}|}" }""");

        [Theory]
        [InlineData("UseDevelopmentStorage=true")]
        [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=#{StorageKey}#")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=__StorageKey__")]
        [InlineData("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=${STORAGE_KEY}")]
        [InlineData("@Microsoft.KeyVault(SecretUri=https://contoso.vault.azure.net/secrets/storage/)")]
        [InlineData("")]
        [InlineData("https://contoso.blob.core.windows.net/")]
        [InlineData("Server=tcp:contoso.database.windows.net;Database=orders;Authentication=Active Directory Default")]
        public Task NonSecrets_AreNotReported(string value) =>
            VerifyAsync("/0/appsettings.json", "{ \"ConnectionStrings\": { \"Storage\": \"" + value + "\" } }");

        [Fact]
        public Task BuildOutputCopies_AreNotScanned() =>
            VerifyAsync("/0/bin/Debug/net10.0/appsettings.json", $$"""{ "Storage": "{{Cs}}" }""");

        [Fact]
        public Task OtherJsonFiles_AreNotScanned() =>
            VerifyAsync("/0/package.json", $$"""{ "Storage": "{{Cs}}" }""");

        [Theory]
        [InlineData("{ \"Storage\": \"{0}")]
        [InlineData("{ \"Storage\": \"{0}\" \"Other\": 1 }")]
        [InlineData("{ /* unterminated comment \"Storage\": \"{0}\" }")]
        public Task MalformedJson_NoCrashNoNoise(string template) =>
            VerifyAsync("/0/appsettings.json", template.Replace("{0}", Cs));

        [Fact]
        public Task MalformedXml_KeepsWhatWasReadBeforeTheError() =>
            VerifyAsync("/0/web.config", $$"""
                <configuration>
                  <connectionStrings>
                    <add name="Storage" connectionString="{|SL1020:{{Cs}}|}" />
                    <add name="Broken" connectionString="{{Cs}}
                """);

        [Fact]
        public async Task CodeThatReadsTheSetting_GetsAnInfoFindingNamingTheKey()
        {
            var test = new SecretlessVerifier<ConfiguredSecretReadAnalyzer, SecretlessAnalyzers.CodeFixes.Storage.StorageAccountKeyCodeFixProvider>.AnalyzerTest
            {
                TestCode = """
                    using Microsoft.Extensions.Configuration;

                    class Startup
                    {
                        string A(IConfiguration configuration) => {|#0:configuration.GetConnectionString("Orders")|};
                        string B(IConfiguration configuration) => {|#1:configuration["Values:AzureWebJobsStorage"]|};
                        string C(IConfiguration configuration) => {|#2:configuration["AzureWebJobsStorage"]|};
                        object D(IConfiguration configuration) => {|#3:configuration.GetSection("Archive")|};
                        string E() => {|#4:System.Environment.GetEnvironmentVariable("AzureWebJobsStorage")|};
                        string NotASecret(IConfiguration configuration) => configuration.GetConnectionString("Local");
                        string NotConfiguration(System.Collections.Generic.Dictionary<string, string> values) => values["AzureWebJobsStorage"];
                        string JustAString() => "Orders";
                    }
                    """,
            };
            test.AdditionalFiles.Add(("/0/appsettings.json", $$"""{ "ConnectionStrings": { "Orders": "{{Cs}}", "Local": "UseDevelopmentStorage=true" }, "Archive": { "Key": "{{Cs}}" } }"""));
            test.AdditionalFiles.Add(("/0/local.settings.json", $$"""{ "IsEncrypted": false, "Values": { "AzureWebJobsStorage": "{{Cs}}" } }"""));
            var diagnostic = CSharpAnalyzerVerifier<ConfiguredSecretReadAnalyzer>.Diagnostic();
            test.ExpectedDiagnostics.Add(diagnostic.WithLocation(0).WithArguments("ConnectionStrings:Orders", "storage account key", "appsettings.json"));
            test.ExpectedDiagnostics.Add(diagnostic.WithLocation(1).WithArguments("Values:AzureWebJobsStorage", "storage account key", "local.settings.json"));
            test.ExpectedDiagnostics.Add(diagnostic.WithLocation(2).WithArguments("Values:AzureWebJobsStorage", "storage account key", "local.settings.json"));
            test.ExpectedDiagnostics.Add(diagnostic.WithLocation(3).WithArguments("Archive:Key", "storage account key", "appsettings.json"));
            test.ExpectedDiagnostics.Add(diagnostic.WithLocation(4).WithArguments("Values:AzureWebJobsStorage", "storage account key", "local.settings.json"));
            await test.RunAsync();
        }
    }
}
