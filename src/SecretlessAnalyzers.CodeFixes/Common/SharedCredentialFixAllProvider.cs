namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>Rewrites one secret in a document; null when no safe rewrite exists.</summary>
    public delegate Task<Document?> SecretRewrite(
        Document document,
        TextSpan diagnosticSpan,
        ImmutableDictionary<string, string?> properties,
        CredentialKind kind,
        CancellationToken cancellationToken);

    /// <summary>
    /// Fix All for the credential fixes. Fixes in one document are applied one after another (each sees the result of
    /// the last), and a type in which two or more clients are rewritten first gets one shared
    /// <c>private static readonly</c> credential field, which every rewrite in it then reuses.
    /// </summary>
    public static class SharedCredentialFixAllProvider
    {
        /// <param name="rewrite">The fix of one diagnostic.</param>
        /// <param name="writesCredential">
        /// Whether the fix of a diagnostic writes a credential object; only those count towards a shared field. Null: all do.
        /// (A fix that rewrites a connection string to an Entra authentication mode writes none.)
        /// </param>
        public static FixAllProvider Create(SecretRewrite rewrite, Func<Diagnostic, bool>? writesCredential = null) =>
            FixAllProvider.Create((context, document, diagnostics) =>
                context.CodeActionEquivalenceKey == UnusedSecretDefault.EquivalenceKey
                    ? UnusedSecretDefault.FixAllAsync(document, diagnostics, context.CancellationToken)
                    : FixDocumentAsync(
                        context, document, diagnostics, UnusedSecretDefault.Or(rewrite),
                        d => !UnusedSecretDefault.IsCandidate(d.Properties) && (writesCredential is null || writesCredential(d))));

        private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics, SecretRewrite rewrite, Func<Diagnostic, bool>? writesCredential)
        {
            var cancellationToken = context.CancellationToken;
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || diagnostics.IsEmpty)
            {
                return document;
            }

            // A host that gives no equivalence key (dotnet format applying several rules' fixes in one run)
            // gets the document's preferred credential: secretless.credential, and ManagedIdentityCredential when
            // SL2002 is on, as the first action of a single fix.
            var kind = CredentialActions.FromEquivalenceKey(context.CodeActionEquivalenceKey)
                ?? (context.CodeActionEquivalenceKey is null ? CredentialOptions.For(document, root.SyntaxTree).Preferred : CredentialKind.DefaultAzureCredential);

            // Which diagnostics can be fixed at all, and in which type each one sits.
            var fixable = new List<(Diagnostic Diagnostic, TypeDeclarationSyntax? Type)>();
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                if (await rewrite(document, diagnostic.Location.SourceSpan, diagnostic.Properties, kind, cancellationToken).ConfigureAwait(false) is not null)
                {
                    var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                    fixable.Add((diagnostic, node.FirstAncestorOrSelf<TypeDeclarationSyntax>(t => t is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax)));
                }
            }

            // Track each reported node through the edits with an annotation.
            var annotations = fixable.Select(_ => new SyntaxAnnotation()).ToList();
            var nodes = fixable.Select(f => root.FindNode(f.Diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)).ToList();
            var index = 0;

            // A dictionary, not a list scan per node (which made a fix-all over N findings quadratic). When two
            // diagnostics report the same node, the first one's rewrite is applied, as before.
            var firstIndexOf = new Dictionary<SyntaxNode, int>();
            for (var i = 0; i < nodes.Count; i++)
            {
                if (!firstIndexOf.ContainsKey(nodes[i]))
                {
                    firstIndexOf.Add(nodes[i], i);
                }
            }

            var annotated = root.ReplaceNodes(firstIndexOf.Keys, (original, _) => original.WithAdditionalAnnotations(annotations[firstIndexOf[original]]));
            var sharedTypes = fixable.Where(f => f.Type is not null && (writesCredential is null || writesCredential(f.Diagnostic))).GroupBy(f => f.Type!).Where(g => g.Count() >= 2).Select(g => g.Key).ToList();
            if (sharedTypes.Count > 0)
            {
                var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
                if (compilation is not null)
                {
                    var options = CredentialOptions.For(document, root.SyntaxTree);
                    var creation = CredentialSyntax.NewCredential(compilation, kind, options);
                    annotated = AddSharedFields(annotated, root, sharedTypes, kind, creation);
                }
            }

            var current = document.WithSyntaxRoot(annotated);
            for (index = 0; index < fixable.Count; index++)
            {
                var currentRoot = await current.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var target = currentRoot?.GetAnnotatedNodes(annotations[index]).FirstOrDefault();
                if (target is null)
                {
                    continue;
                }

                var next = await rewrite(current, target.Span, fixable[index].Diagnostic.Properties, kind, cancellationToken).ConfigureAwait(false);
                if (next is not null)
                {
                    current = next;
                }
            }

            return current;
        }

        private static SyntaxNode AddSharedFields(SyntaxNode annotatedRoot, SyntaxNode originalRoot, List<TypeDeclarationSyntax> types, CredentialKind kind, ExpressionSyntax creation)
        {
            // The annotated root has the same shape as the original, so types are found again by position.
            var targets = types.Select(t => annotatedRoot.FindNode(t.Span, getInnermostNodeForTie: false).FirstAncestorOrSelf<TypeDeclarationSyntax>()!).Where(t => t is not null).ToList();
            var endOfLine = originalRoot.ToFullString().IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? SyntaxFactory.CarriageReturnLineFeed : SyntaxFactory.LineFeed;
            return annotatedRoot.ReplaceNodes(targets, (original, _) =>
            {
                var name = UniqueName(original);
                var indentation = original.Members.Count > 0
                    ? original.Members[0].GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault()
                    : SyntaxFactory.Whitespace("    ");
                var field = CredentialSyntax.SharedCredentialField(name, kind, creation)
                    .WithLeadingTrivia(indentation)
                    .WithTrailingTrivia(endOfLine, endOfLine);
                // Static initialisers run in text order: the credential goes first so every client initialiser sees it.
                return original.WithMembers(original.Members.Insert(0, field));
            });
        }

        private static string UniqueName(TypeDeclarationSyntax type)
        {
            var taken = new HashSet<string>(type.Members.SelectMany(MemberNames));
            var name = CredentialSyntax.SharedFieldName;
            for (var i = 2; taken.Contains(name); i++)
            {
                name = CredentialSyntax.SharedFieldName + i;
            }

            return name;
        }

        private static IEnumerable<string> MemberNames(MemberDeclarationSyntax member) => member switch
        {
            BaseFieldDeclarationSyntax field => field.Declaration.Variables.Select(v => v.Identifier.ValueText),
            PropertyDeclarationSyntax property => new[] { property.Identifier.ValueText },
            MethodDeclarationSyntax method => new[] { method.Identifier.ValueText },
            BaseTypeDeclarationSyntax nested => new[] { nested.Identifier.ValueText },
            _ => Array.Empty<string>(),
        };
    }
}
