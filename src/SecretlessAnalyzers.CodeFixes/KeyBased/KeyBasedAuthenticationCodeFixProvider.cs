using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SecretlessAnalyzers.CodeFixes.Common;

namespace SecretlessAnalyzers.CodeFixes.KeyBased
{
    /// <summary>
    /// SL2001 fix for storage service clients built from a connection-string setting: the <c>(Uri, TokenCredential)</c>
    /// overload with the endpoint read from the <c>&lt;Name&gt;:ServiceUri</c> setting.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeyBasedAuthenticationCodeFixProvider)), Shared]
    public sealed class KeyBasedAuthenticationCodeFixProvider : CredentialCodeFixProvider
    {
        public KeyBasedAuthenticationCodeFixProvider()
            : base(DiagnosticIds.KeyBasedAuthentication, KeyBasedClientRewriter.TryRewriteAsync)
        {
        }
    }
}
