using System.Composition;
using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Credentials;
using SecretlessAnalyzers.Rules;

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
            if (credential is null || semanticModel.Compilation.GetTypeByMetadataName(CredentialSyntax.CredentialTypeName(kind)) is not { } newType)
            {
                return null;
            }

            var creation = credential.Value.Creation;

            // ClientSecretCredential credential = new ClientSecretCredential(...) keeps compiling only with the new type.
            var retypedDeclaration = creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1 } declaration } }
                && !declaration.Type.IsVar
                && SymbolEqualityComparer.Default.Equals(semanticModel.GetTypeInfo(declaration.Type, cancellationToken).Type, credential.Value.Type)
                ? declaration
                : null;

            // Any other place typed as the old credential (a property, a parameter) cannot hold the new one: no fix.
            // Checked here, before any rewrite, so registering the fix needs no compile of the rewritten document.
            if (retypedDeclaration is null
                && creation.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type.IsVar: true } } }
                && semanticModel.GetTypeInfo(creation, cancellationToken).ConvertedType is { } target
                && !semanticModel.Compilation.ClassifyCommonConversion(newType, target).IsImplicit)
            {
                return null;
            }

            var editor = new SyntaxEditor(rewrite.Root, document.Project.Solution.Workspace.Services);
            editor.ReplaceNode(creation, rewrite.Credential(creation, kind).WithTriviaFrom(creation));
            if (retypedDeclaration is { } retyped)
            {
                editor.ReplaceNode(retyped.Type, CredentialSyntax.Annotate(SyntaxFactory.ParseTypeName(CredentialSyntax.CredentialTypeName(kind))).WithTriviaFrom(retyped.Type));
            }

            return await rewrite.FinishAsync(editor.GetChangedRoot(), creation, cancellationToken).ConfigureAwait(false);
        }
    }
}
