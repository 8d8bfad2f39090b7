using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SecretlessAnalyzers.CodeFixes.Common;

namespace SecretlessAnalyzers.CodeFixes.Cosmos
{
    /// <summary>
    /// SL1004 fix: <c>CosmosClient</c> / <c>CosmosClientBuilder</c> take their <c>(accountEndpoint, TokenCredential)</c>
    /// overload and the key is removed. Two actions: DefaultAzureCredential and ManagedIdentityCredential;
    /// <c>secretless.credential</c> in .editorconfig decides which comes first.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CosmosAccountKeyCodeFixProvider)), Shared]
    public sealed class CosmosAccountKeyCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CosmosAccountKey);

        public override FixAllProvider GetFixAllProvider() => SharedCredentialFixAllProvider.Create(CosmosClientRewriter.TryRewriteAsync);

        public override Task RegisterCodeFixesAsync(CodeFixContext context) => CredentialCodeFixes.RegisterAsync(context, CosmosClientRewriter.TryRewriteAsync);
    }
}
