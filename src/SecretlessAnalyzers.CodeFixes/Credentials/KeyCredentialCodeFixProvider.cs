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
    /// SL1006 fix: each client that received the key credential takes a token credential in its place, which overload
    /// resolution confirms before anything changes; the key credential and the constants it was built from are removed.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeyCredentialCodeFixProvider)), Shared]
    public sealed class KeyCredentialCodeFixProvider : CredentialCodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ApiKey);

        protected override Task<Document?> RewriteAsync(Document document, TextSpan span, ImmutableDictionary<string, string?> properties, CredentialKind kind, CancellationToken cancellationToken) =>
            TryRewriteAsync(document, span, properties, kind, cancellationToken);

        /// <summary>The fixed document, or null when no safe rewrite exists.</summary>
        public static async Task<Document?> TryRewriteAsync(Document document, TextSpan span, ImmutableDictionary<string, string?> properties, CredentialKind kind, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null || properties.ContainsKey(DiagnosticProperties.FixBlocker)
                || root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax reported
                || KeyCredentialUses.WalkUpParentheses(reported).Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax keyCredential } })
            {
                return null;
            }

            var symbols = new CredentialSymbols(semanticModel.Compilation);
            var tokenCredential = symbols.Identity.TokenCredential;
            var uses = KeyCredentialUses.Find(keyCredential, semanticModel, cancellationToken, out var declarator);
            if (tokenCredential is null || uses is null || !symbols.IsKeyCredential(semanticModel.GetTypeInfo(keyCredential, cancellationToken).Type))
            {
                return null;
            }

            var sharedField = CredentialSyntax.FindSharedCredentialField(keyCredential, semanticModel, kind);
            var credential = sharedField is not null
                ? SyntaxFactory.IdentifierName(sharedField)
                : CredentialSyntax.NewCredential(semanticModel.Compilation, kind, CredentialOptions.For(document, root.SyntaxTree));
            var editor = new SyntaxEditor(root, document.Project.Solution.Workspace.Services);
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

            var candidates = UnusedDeclarations.ReferencedBy(keyCredential, semanticModel, cancellationToken);
            var newRoot = editor.GetChangedRoot();
            if (newRoot.GetAnnotatedNodes(removedMarker).FirstOrDefault() is { } removed)
            {
                newRoot = SyntaxRemoval.Remove(newRoot, removed);
            }

            var rewritten = document.WithSyntaxRoot(newRoot);
            rewritten = await UnusedDeclarations.RemoveAsync(rewritten, candidates, cancellationToken).ConfigureAwait(false);
            rewritten = await FixCleanup.RunAsync(rewritten, cancellationToken).ConfigureAwait(false);
            return await FixVerification.KeepIfItCompilesAsync(document, rewritten, cancellationToken).ConfigureAwait(false);
        }
    }
}
