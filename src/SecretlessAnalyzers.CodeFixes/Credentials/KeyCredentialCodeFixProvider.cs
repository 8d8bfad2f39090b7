using System.Composition;
using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Credentials;

namespace SecretlessAnalyzers.CodeFixes.Credentials
{
    /// <summary>
    /// SL1006 fix: each client that received the key credential takes a token credential in its place, which overload
    /// resolution confirms before anything changes; the key credential and the constants it was built from are removed.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeyCredentialCodeFixProvider)), Shared]
    public sealed class KeyCredentialCodeFixProvider : CredentialCodeFixProvider
    {
        public KeyCredentialCodeFixProvider()
            : base(DiagnosticIds.ApiKey, TryRewriteAsync)
        {
        }

        /// <summary>The fixed document, or null when no safe rewrite exists.</summary>
        public static async Task<Document?> TryRewriteAsync(Document document, TextSpan span, ImmutableDictionary<string, string?> properties, CredentialKind kind, CancellationToken cancellationToken)
        {
            var rewrite = await CredentialRewrite.StartAsync(document, span, properties, cancellationToken).ConfigureAwait(false);
            if (rewrite?.Call is not BaseObjectCreationExpressionSyntax keyCredential)
            {
                return null;
            }

            var semanticModel = rewrite.SemanticModel;
            var tokenCredential = rewrite.Symbols.Identity.TokenCredential;
            var uses = KeyCredentialUses.Find(keyCredential, semanticModel, cancellationToken, out var declarator);
            if (tokenCredential is null || uses is null || !rewrite.Symbols.IsKeyCredential(semanticModel.GetTypeInfo(keyCredential, cancellationToken).Type))
            {
                return null;
            }

            var credential = rewrite.Credential(keyCredential, kind);
            var editor = new SyntaxEditor(rewrite.Root, document.Project.Solution.Workspace.Services);
            foreach (var use in uses)
            {
                var client = (BaseObjectCreationExpressionSyntax)use.Parent!.Parent!;
                if (!KeyCredentialUses.BindsToTokenOverload(client, use, credential, semanticModel, tokenCredential, cancellationToken))
                {
                    return null;
                }

                editor.ReplaceNode(use.Expression, credential.WithTriviaFrom(use.Expression));
            }

            var removedMarker = new SyntaxAnnotation();
            if (declarator is not null)
            {
                var declaration = declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax or LocalDeclarationStatementSyntax } single
                    ? single.Parent!
                    : declarator;
                editor.ReplaceNode(declaration, (node, _) => node.WithAdditionalAnnotations(removedMarker));
            }

            var newRoot = editor.GetChangedRoot();
            if (newRoot.GetAnnotatedNodes(removedMarker).FirstOrDefault() is { } removed)
            {
                newRoot = SyntaxRemoval.Remove(newRoot, removed);
            }

            return await rewrite.FinishAsync(newRoot, keyCredential, cancellationToken).ConfigureAwait(false);
        }
    }
}
