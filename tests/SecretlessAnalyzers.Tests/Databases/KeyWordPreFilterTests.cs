using System.Threading.Tasks;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using AzureVerify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.AzureServiceConnectionStringAnalyzer,
    SecretlessAnalyzers.CodeFixes.AzureServices.AzureServiceConnectionStringCodeFixProvider>;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.DatabasePasswordAnalyzer,
    SecretlessAnalyzers.CodeFixes.Databases.DatabasePasswordCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Databases
{
    /// <summary>
    /// The text tests that spare SL1003/SL1007 a FindToken: a trigger word counts only where it can end a key
    /// (<see cref="TextScan.MayEndKey"/>), and a property name only where it can be a whole identifier
    /// (<see cref="TextScan.IsWholeWord"/>). Every way of writing the key still finds the value.
    /// </summary>
    public class KeyWordPreFilterTests
    {
        private static readonly string Password = FakeServiceSecrets.DatabasePassword();
        private static readonly string Key = FakeServiceSecrets.AccessKey();

        [Theory]
        [InlineData("Password=x", 8, true)]
        [InlineData("Password =x", 8, true)]
        [InlineData("Password\t\r\n =x", 8, true)]
        [InlineData("\"Password\" + \"=\"", 9, true)] // the literal part ends: the '=' may come in the next part
        [InlineData("$\"Password{eq}\"", 10, true)] // an interpolation hole follows
        [InlineData("Password\\u003Dx", 8, true)] // an escape may stand for '='
        [InlineData("Password", 8, true)] // the end of the text (code being typed)
        [InlineData("Passwords need 12 characters", 8, false)]
        [InlineData("passwordPolicy = 3", 8, false)]
        [InlineData("x-api-key\"", 9, true)]
        [InlineData("apiKeyHeader", 6, false)]
        [InlineData("Password;", 8, false)]
        public void MayEndKey(string text, int end, bool expected) => Assert.Equal(expected, TextScan.MayEndKey(text, end));

        [Theory]
        [InlineData("b.Password = x", 2, true)]
        [InlineData("{ Password = x }", 2, true)]
        [InlineData("Password", 0, true)]
        [InlineData("\"Passwords need\"", 1, false)]
        [InlineData("dbPassword = x", 2, false)]
        [InlineData("Password_1 = x", 0, false)]
        [InlineData("@Password = x", 1, false)] // a verbatim identifier starts at '@'
        [InlineData("\\u0041Password", 6, false)]
        [InlineData("Password\\u0041", 0, false)]
        public void IsWholeWord(string text, int start, bool expected) => Assert.Equal(expected, TextScan.IsWholeWord(text, start, "Password".Length));

        [Fact]
        public Task DatabasePassword_KeyWrittenEveryWay_IsStillReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                class Orders
                {
                    private const string Eq = "=";
                    string spaced = {|SL1003:"Server=tcp:contoso-sql.database.windows.net;Database=orders;User ID=app;Password = {{Password}}"|};
                    string split = {|SL1003:"Server=tcp:contoso-sql.database.windows.net;Database=orders;User ID=app;Password" + "={{Password}}"|};
                    string hole = {|SL1003:$"Server=tcp:contoso-sql.database.windows.net;Database=orders;User ID=app;Password{Eq}{{Password}}"|};
                    string escaped = {|SL1003:"Server=tcp:contoso-sql.database.windows.net;Database=orders;User ID=app;PWD\u003D{{Password}}"|};
                    string verbatim = {|SL1003:@"Server=tcp:contoso-sql.database.windows.net;Database=orders;User ID=app;Password
                        ={{Password}}"|};
                    string passwordPolicy = "Passwords need at least 12 characters; one digit=1";
                }
                """);

        [Fact]
        public Task AzureServiceKey_KeyWrittenEveryWay_IsStillReported() =>
            AzureVerify.VerifyAnalyzerAsync(
                $$"""
                class Chat
                {
                    private const string Eq = "=";
                    string plain = {|SL1007:"Endpoint=https://contoso-chat.service.signalr.net;AccessKey={{Key}};Version=1.0;"|};
                    string split = {|SL1007:"Endpoint=https://contoso-chat.service.signalr.net;AccessKey" + "={{Key}};Version=1.0;"|};
                    string hole = {|SL1007:$"Endpoint=https://contoso-chat.service.signalr.net;AccessKey{Eq}{{Key}};Version=1.0;"|};
                    string apiKeyHeader = "x-api-key";
                }
                """);

        [Fact]
        public Task BuilderPasswordProperty_NextToLongerNames_IsStillReported() =>
            Verify.VerifyAnalyzerAsync(
                $$"""
                using Microsoft.Data.SqlClient;

                class Orders
                {
                    string Passwords = "Password is a property name";
                    public SqlConnectionStringBuilder Build() => new SqlConnectionStringBuilder { DataSource = "contoso-sql.database.windows.net", Password = {|SL1003:"{{Password}}"|} };
                }
                """);
    }
}
