using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.AzureServices;
using SecretlessAnalyzers.Databases;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.Databases
{
    /// <summary>
    /// SL1003 / SL1007 on broken input: incomplete code, malformed strings, hostile sizes. Nothing throws, the
    /// text detectors stay linear, and the connection-string rewrites keep everything but the removed entries.
    /// </summary>
    public class DatabaseRobustnessTests
    {
        private static readonly string Password = FakeServiceSecrets.DatabasePassword();
        private static readonly string Key = FakeServiceSecrets.AccessKey();

        [Theory]
        [InlineData("Server=a.database.windows.net;Database=d;User ID=u;Password=p;Encrypt=True;", "Server=a.database.windows.net;Database=d;Authentication=Active Directory Default;Encrypt=True;")]
        [InlineData("Server=a.database.windows.net;Database=d;User ID=u;Password=p", "Server=a.database.windows.net;Database=d;Authentication=Active Directory Default")]
        [InlineData("Password=p;Server=a.database.windows.net;UID=u", "Authentication=Active Directory Default;Server=a.database.windows.net")]
        [InlineData("Server=a.database.windows.net;Password='p;q==r';Database=d", "Server=a.database.windows.net;Authentication=Active Directory Default;Database=d")]
        [InlineData("Server=a.database.windows.net; pwd = \"p\"\"q\" ; Persist Security Info=True; Database=d", "Server=a.database.windows.net; Authentication=Active Directory Default;Database=d")]
        [InlineData("Server=a.database.windows.net;Database=d;Authentication=Sql Password;User=u;Password=p;", "Server=a.database.windows.net;Database=d;Authentication=Active Directory Default;")]
        public void ForEntraAuthentication_RemovesCredentialsAndKeepsTheRest(string input, string expected) =>
            Assert.Equal(expected, DatabaseConnectionStrings.ForEntraAuthentication(input, "Active Directory Default", userId: null));

        [Theory]
        [InlineData("Host=h;Database=d;Username=u;Password=p;SSL Mode=Require", "Host=h;Database=d;Username=u;SSL Mode=Require")]
        [InlineData("Host=h;Username=u;Password=p", "Host=h;Username=u")]
        [InlineData("Host=h;PWD=p;Password=q;", "Host=h;")]
        public void WithoutPassword_RemovesEveryPasswordEntry(string input, string expected) =>
            Assert.Equal(expected, DatabaseConnectionStrings.WithoutPassword(input));

        [Theory]
        [InlineData("tcp:contoso.database.windows.net,1433", "contoso.database.windows.net")]
        [InlineData("contoso.postgres.database.azure.com:5432", "contoso.postgres.database.azure.com")]
        [InlineData("SQL01\\INSTANCE", "sql01")]
        [InlineData("h1.mysql.database.azure.com,h2.mysql.database.azure.com", "h1.mysql.database.azure.com")]
        [InlineData("   ", null)]
        public void HostOf_StripsProtocolPortAndInstance(string server, string? expected) =>
            Assert.Equal(expected, DatabaseConnectionStrings.HostOf(server));

        [Fact]
        public void RedisWithoutPassword_KeepsEverythingElse() =>
            Assert.Equal(
                "contoso.redis.cache.windows.net:6380,ssl=True,abortConnect=False",
                AzureServiceConnectionStrings.RedisWithoutPassword("contoso.redis.cache.windows.net:6380,password=" + Key + ",ssl=True,user=default,abortConnect=False"));

        [Fact]
        public void Detectors_AreTotalOverHostileText()
        {
            var random = new Random(7);
            const string Alphabet = "=;'\"\\, :.PasswordPWDHostServerEndpointSecretAccessKeyredisazconfig\u0000\uFFFF\u00e9";
            for (var i = 0; i < 2000; i++)
            {
                var builder = new StringBuilder();
                var length = random.Next(0, 200);
                for (var j = 0; j < length; j++)
                {
                    builder.Append(Alphabet[random.Next(Alphabet.Length)]);
                }

                var text = builder.ToString();
                _ = DatabaseConnectionStrings.Detect(text);
                _ = DatabaseConnectionStrings.ForEntraAuthentication(text, "Active Directory Default", "id");
                _ = DatabaseConnectionStrings.WithoutPassword(text);
                _ = AzureServiceConnectionStrings.Detect(text);
                _ = AzureServiceConnectionStrings.RedisWithoutPassword(text);
            }
        }

        [Fact]
        public void Detectors_AreLinearOnHugeInput()
        {
            var huge = "Server=contoso.database.windows.net;" + string.Concat(System.Linq.Enumerable.Repeat("Password=" + Password + ";", 100_000));
            var redis = "contoso.redis.cache.windows.net:6380" + string.Concat(System.Linq.Enumerable.Repeat(",password=" + Key, 100_000));
            var watch = Stopwatch.StartNew();
            Assert.NotNull(DatabaseConnectionStrings.Detect(huge));
            Assert.NotNull(AzureServiceConnectionStrings.Detect(redis));
            _ = DatabaseConnectionStrings.ForEntraAuthentication(huge, "Active Directory Default", null);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "Detection took " + watch.Elapsed);
        }

        [Theory]
        [InlineData("class C { SqlConnection c = new SqlConnection(\"Server=contoso.database.windows.net;Password=")]
        [InlineData("class C { void M() { var s = \"Server=contoso.database.windows.net;User ID=u;Password={0}\" + ; } }")]
        [InlineData("class C { object o = new SqlConnectionStringBuilder { Password = \"{0}\", DataSource = }; }")]
        [InlineData("class C { void M() { builder.Password = \"{0}\"; x.Password = ; } }")]
        [InlineData("class C { object o = NpgsqlDataSource.Create(\"Host=h.postgres.database.azure.com;Password={0}\"")]
        [InlineData("class C { async void M() { ConnectionMultiplexer.Connect(\"c.redis.cache.windows.net:6380,password={1},ssl=True\", ; } }")]
        [InlineData("class C { string s = $\"Endpoint=https://c.azconfig.io;Id=a;Secret={1}{{\"; }")]
        [InlineData("class C { const string A = B; const string B = A + \";Password={0};Server=c.database.windows.net\"; }")]
        public async Task IncompleteCode_DoesNotThrow(string template)
        {
            var source = "using Microsoft.Data.SqlClient; using Npgsql; using StackExchange.Redis;\n" + template.Replace("{0}", Password).Replace("{1}", Key);
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new DatabasePasswordAnalyzer(), new AzureServiceConnectionStringAnalyzer()),
                new[] { ("/0/Test0.cs", source) },
                extraReferences: TestReferences.All);

            Assert.False(result.HasFailures, result.FormatFailures());
            foreach (var diagnostic in result.AnalyzerDiagnostics)
            {
                Assert.DoesNotContain(Password.Substring(4), diagnostic.GetMessage());
                Assert.DoesNotContain(Key.Substring(4), diagnostic.GetMessage());
            }
        }

        [Fact]
        public async Task ManyLiterals_WithoutCandidates_AreCheap()
        {
            var builder = new StringBuilder("class C { string[] values = { ");
            for (var i = 0; i < 20_000; i++)
            {
                builder.Append("\"value number ").Append(i).Append(" = plain text\", ");
            }

            builder.Append("}; }");
            var watch = Stopwatch.StartNew();
            var result = await AnalyzerRunner.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new DatabasePasswordAnalyzer(), new AzureServiceConnectionStringAnalyzer()),
                new[] { ("/0/Test0.cs", builder.ToString()) },
                extraReferences: TestReferences.All);

            Assert.False(result.HasFailures, result.FormatFailures());
            Assert.Empty(result.AnalyzerDiagnostics);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "Analysis took " + watch.Elapsed);
        }
    }
}
