using System.Composition;
using SecretlessAnalyzers.CodeFixes.Common;

namespace SecretlessAnalyzers.CodeFixes.Storage
{
    /// <summary>
    /// SL1001 fix: the storage client takes its <c>(Uri, TokenCredential)</c> overload with the endpoint derived from
    /// the connection string, and the secret is removed.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StorageAccountKeyCodeFixProvider)), Shared]
    public sealed class StorageAccountKeyCodeFixProvider : CredentialCodeFixProvider
    {
        public StorageAccountKeyCodeFixProvider()
            : base(DiagnosticIds.StorageAccountKey, ConfigurationFallbackRewrite.Around(StorageClientRewriter.Rewrite))
        {
        }
    }
}
