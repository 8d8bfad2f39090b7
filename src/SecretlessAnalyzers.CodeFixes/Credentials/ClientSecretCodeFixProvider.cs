using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Text;
using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Credentials;

namespace SecretlessAnalyzers.CodeFixes.Credentials
{
    /// <summary>
    /// SL1005 fix: the <c>ClientSecretCredential</c> / <c>ClientCertificateCredential</c> /
    /// <c>UsernamePasswordCredential</c> that held the secret becomes a managed-identity credential; the tenant and
    /// client ids and the secret go with it once unused. Three actions: DefaultAzureCredential and
    /// ManagedIdentityCredential (ordered by <c>secretless.credential</c>), then WorkloadIdentityCredential for AKS.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClientSecretCodeFixProvider)), Shared]
    public sealed class ClientSecretCodeFixProvider : CredentialCodeFixProvider
    {
        public ClientSecretCodeFixProvider()
            : base(DiagnosticIds.ClientSecret, TryRewriteAsync, diagnostic => !MsalClientAssertion.IsClientSecretOf(diagnostic))
        {
        }

        protected override IEnumerable<CredentialKind> Kinds(CredentialOptions options) =>
            CredentialActions.InPreferredOrder(options).Concat(new[] { CredentialKind.WorkloadIdentityCredential });

        /// <summary>The fixed document, or null when no safe rewrite exists.</summary>
        public static async Task<Document?> TryRewriteAsync(Document document, TextSpan span, ImmutableDictionary<string, string?> properties, CredentialKind kind, CancellationToken cancellationToken)
        {
            var rewrite = await CredentialRewrite.StartAsync(document, span, properties, cancellationToken).ConfigureAwait(false);
            if (rewrite is null)
            {
                return null;
            }

            var semanticModel = rewrite.SemanticModel;
            if (kind != CredentialKind.WorkloadIdentityCredential
                && MsalClientAssertion.Rewrite(rewrite.Call, semanticModel, CredentialSyntax.NewCredential(semanticModel.Compilation, CredentialKind.ManagedIdentityCredential, CredentialOptions.For(document, rewrite.Root.SyntaxTree)), cancellationToken) is { } assertion)
            {
                // The federated credential must be the managed identity itself, whichever credential the action names.
                return await rewrite.FinishAsync(rewrite.Root.ReplaceNode(rewrite.Call, assertion.WithTriviaFrom(rewrite.Call)), rewrite.Call, cancellationToken).ConfigureAwait(false);
            }

            var credential = CredentialAnalyzer.ReplaceableCredential(rewrite.Call, semanticModel, rewrite.Symbols, cancellationToken);
            if (credential is null || semanticModel.Compilation.GetTypeByMetadataName(CredentialSyntax.CredentialTypeName(kind)) is null)
            {
                return null;
            }

            var creation = credential.Value.Creation;
            var editor = new SyntaxEditor(rewrite.Root, document.Project.Solution.Workspace.Services);
            editor.ReplaceNode(creation, rewrite.Credential(creation, kind).WithTriviaFrom(creation));

            // ClientSecretCredential credential = new ClientSecretCredential(...) keeps compiling only with the new type.
            if (creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1 } declaration } }
                && !declaration.Type.IsVar
                && SymbolEqualityComparer.Default.Equals(semanticModel.GetTypeInfo(declaration.Type, cancellationToken).Type, credential.Value.Type))
            {
                editor.ReplaceNode(declaration.Type, CredentialSyntax.Annotate(SyntaxFactory.ParseTypeName(CredentialSyntax.CredentialTypeName(kind))).WithTriviaFrom(declaration.Type));
            }

            return await rewrite.FinishAsync(editor.GetChangedRoot(), creation, cancellationToken).ConfigureAwait(false);
        }
    }
}
