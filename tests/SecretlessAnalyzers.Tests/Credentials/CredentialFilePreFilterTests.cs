using Microsoft.CodeAnalysis.Text;
using SecretlessAnalyzers.Rules;
using Xunit;

namespace SecretlessAnalyzers.Tests.Credentials
{
    /// <summary>
    /// The per-file text filter that spares CredentialAnalyzer (SL1005/SL1006) any binding in files that name no
    /// credential type, client, certificate loader or environment call: every API the rule reports passes it.
    /// </summary>
    public class CredentialFilePreFilterTests
    {
        [Theory]
        [InlineData("var c = new ClientSecretCredential(t, c, s);")]
        [InlineData("var k = new AzureKeyCredential(key);")]
        [InlineData("using K = Azure.AzureNamedKeyCredential;")]
        [InlineData("var search = new SearchClient(endpoint, index, new(key));")]
        [InlineData("ConfidentialClientApplicationBuilder.Create(id).WithClientSecret(s);")]
        [InlineData("var cert = new X509Certificate2(bytes, password);")]
        [InlineData("X509CertificateLoader.LoadPkcs12(bytes, password);")]
        [InlineData("Environment.SetEnvironmentVariable(name, value);")]
        public void FileThatNamesACredentialApi_PassesTheFilter(string code) =>
            Assert.True(CredentialAnalyzer.MentionsCredentialOrClient(SourceText.From(code)));

        [Theory]
        [InlineData("class Decompiler { void M() { list.Add(new(\"xyzzy-value\")); settings.Update(\"abcdef\"); } }")]
        [InlineData("")]
        [InlineData("var credentials = client;")] // lower case: a word in prose or a local, not a type
        public void FileThatNamesNoCredentialApi_IsNotBound(string code) =>
            Assert.False(CredentialAnalyzer.MentionsCredentialOrClient(SourceText.From(code)));
    }
}
