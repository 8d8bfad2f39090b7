using System.Composition;
using SecretlessAnalyzers.CodeFixes.Common;

namespace SecretlessAnalyzers.CodeFixes.KeyBased
{
    /// <summary>
    /// SL2001 fix for clients and registrations built from a connection-string setting: the token overload with the
    /// endpoint read from a <c>&lt;Name&gt;:&lt;EndpointKind&gt;</c> setting (see <see cref="KeyBasedClientRewriter"/>); the
    /// project's appsettings*.json / local.settings.json that hold the connection string get the new setting and lose
    /// the secret in the same action (see <see cref="ConfigurationFileRewrite"/>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeyBasedAuthenticationCodeFixProvider)), Shared]
    public sealed class KeyBasedAuthenticationCodeFixProvider : CredentialCodeFixProvider
    {
        public KeyBasedAuthenticationCodeFixProvider()
            : base(DiagnosticIds.KeyBasedAuthentication, KeyBasedClientRewriter.TryRewriteAsync, followUp: ConfigurationFileRewrite.ApplyAsync)
        {
        }
    }
}
