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
    /// Fix All for the credential fixes. A type in which two or more clients are rewritten first gets one shared
    /// <c>private static readonly</c> credential field, which every rewrite in it then reuses. The fixes of one
    /// document are computed on one snapshot and merged in one pass (<see cref="FixAllMerge"/>), so a fix-all costs
    /// linear time in the document and its findings; fixes whose edits overlap are applied one after another on the
    /// merged document, each seeing the result of the last.
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

            // Linear in the document and its findings: every rewrite is computed on one snapshot (the document, with
            // the shared credential fields when a type gets one), unfinished, and the rewrites are merged in one pass
            // and finished once (FixAllMerge). Rewrites whose edits overlap are applied one after another on the merged
            // document, as before; a merge that cannot be trusted falls back to applying all of them one after another.
            var merged = await FixInOnePassAsync(document, root, diagnostics, rewrite, writesCredential, kind, cancellationToken).ConfigureAwait(false);
            if (merged is not null)
            {
                // The rewrites' compile checks were deferred: the merged document must have no error the original has not.
                if (await ErrorCountAsync(merged, cancellationToken).ConfigureAwait(false) <= await ErrorCountAsync(document, cancellationToken).ConfigureAwait(false))
                {
                    return merged;
                }
            }

            return await FixSequentiallyAsync(document, root, diagnostics, rewrite, writesCredential, kind, cancellationToken).ConfigureAwait(false);
        }

        private static async Task<Document?> FixInOnePassAsync(Document document, SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, SecretRewrite rewrite, Func<Diagnostic, bool>? writesCredential, CredentialKind kind, CancellationToken cancellationToken)
        {
            // Which diagnostics can be fixed at all, and in which type each one sits: each rewrite on the document
            // itself, unfinished (no clean-up, no compile check).
            var fixable = new List<(Diagnostic Diagnostic, TypeDeclarationSyntax? Type, SyntaxNode Node, Document Rewritten, DeferredFinish Finish)>();
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                var (rewritten, finish) = await RewritePass.RunDeferredAsync(() => rewrite(document, diagnostic.Location.SourceSpan, diagnostic.Properties, kind, cancellationToken)).ConfigureAwait(false);
                if (rewritten is not null)
                {
                    var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                    fixable.Add((diagnostic, TypeOf(node), node, rewritten, finish));
                }
            }

            var sharedTypes = SharedTypes(fixable.Select(f => (f.Diagnostic, f.Type)), writesCredential);
            var start = document;
            var rewrites = new List<BatchRewrite>();
            var seen = new HashSet<SyntaxNode>();
            if (sharedTypes.Count == 0)
            {
                for (var i = 0; i < fixable.Count; i++)
                {
                    // When two diagnostics report the same node, the first one's rewrite is applied, as before.
                    if (seen.Add(fixable[i].Node))
                    {
                        rewrites.Add(new BatchRewrite(i, fixable[i].Node.Span, fixable[i].Rewritten, fixable[i].Finish.UnusedCandidates));
                    }
                }
            }
            else
            {
                var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
                if (compilation is null)
                {
                    return null;
                }

                // The shared fields first; then every rewrite again on that snapshot, where it finds the field. The
                // reported nodes are found again by mapping their spans past the inserted fields.
                var creation = CredentialSyntax.NewCredential(compilation, kind, CredentialOptions.For(document, root.SyntaxTree));
                var withFields = AddSharedFields(root, root, sharedTypes, kind, creation);
                start = document.WithSyntaxRoot(withFields);
                var map = FixAllMerge.Mapping(root, withFields);
                for (var i = 0; i < fixable.Count; i++)
                {
                    if (!seen.Add(fixable[i].Node) || map(fixable[i].Node.Span) is not { } span)
                    {
                        continue;
                    }

                    var diagnostic = fixable[i].Diagnostic;
                    var (rewritten, finish) = await RewritePass.RunDeferredAsync(() => rewrite(start, span, diagnostic.Properties, kind, cancellationToken)).ConfigureAwait(false);
                    if (rewritten is not null)
                    {
                        rewrites.Add(new BatchRewrite(i, span, rewritten, finish.UnusedCandidates));
                    }
                }
            }

            if (await FixAllMerge.MergeAsync(start, rewrites, cancellationToken).ConfigureAwait(false) is not { } result)
            {
                return null;
            }

            // What overlapped a merged rewrite: one after another on the merged document, each finished.
            var current = result.Merged;
            foreach (var (pending, annotation) in result.Pending.OrderBy(p => p.Rewrite.Index))
            {
                var currentRoot = await current.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var target = currentRoot?.GetAnnotatedNodes(annotation).FirstOrDefault();
                if (target is null)
                {
                    continue;
                }

                var next = await rewrite(current, target.Span, fixable[pending.Index].Diagnostic.Properties, kind, cancellationToken).ConfigureAwait(false);
                if (next is not null)
                {
                    current = next;
                }
            }

            return current;
        }

        /// <summary>The fix-all as it was before the one-pass merge: each fix on the result of the last (the fallback).</summary>
        private static async Task<Document?> FixSequentiallyAsync(Document document, SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, SecretRewrite rewrite, Func<Diagnostic, bool>? writesCredential, CredentialKind kind, CancellationToken cancellationToken)
        {
            // Which diagnostics can be fixed at all, and in which type each one sits.
            var fixable = new List<(Diagnostic Diagnostic, TypeDeclarationSyntax? Type)>();
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                if (await rewrite(document, diagnostic.Location.SourceSpan, diagnostic.Properties, kind, cancellationToken).ConfigureAwait(false) is not null)
                {
                    var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                    fixable.Add((diagnostic, TypeOf(node)));
                }
            }

            // Track each reported node through the edits with an annotation.
            var annotations = fixable.Select(_ => new SyntaxAnnotation()).ToList();
            var nodes = fixable.Select(f => root.FindNode(f.Diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)).ToList();

            // A dictionary, not a list scan per node. When two diagnostics report the same node, the first one's
            // rewrite is applied.
            var firstIndexOf = new Dictionary<SyntaxNode, int>();
            for (var i = 0; i < nodes.Count; i++)
            {
                if (!firstIndexOf.ContainsKey(nodes[i]))
                {
                    firstIndexOf.Add(nodes[i], i);
                }
            }

            var annotated = root.ReplaceNodes(firstIndexOf.Keys, (original, _) => original.WithAdditionalAnnotations(annotations[firstIndexOf[original]]));
            var sharedTypes = SharedTypes(fixable, writesCredential);
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
            for (var index = 0; index < fixable.Count; index++)
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

        private static TypeDeclarationSyntax? TypeOf(SyntaxNode node) =>
            node.FirstAncestorOrSelf<TypeDeclarationSyntax>(t => t is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax);

        /// <summary>The types in which two or more rewrites write a credential: each gets one shared field.</summary>
        private static List<TypeDeclarationSyntax> SharedTypes(IEnumerable<(Diagnostic Diagnostic, TypeDeclarationSyntax? Type)> fixable, Func<Diagnostic, bool>? writesCredential) =>
            fixable.Where(f => f.Type is not null && (writesCredential is null || writesCredential(f.Diagnostic))).GroupBy(f => f.Type!).Where(g => g.Count() >= 2).Select(g => g.Key).ToList();

        private static async Task<int> ErrorCountAsync(Document document, CancellationToken cancellationToken)
        {
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return semanticModel is null
                ? int.MaxValue
                : semanticModel.GetDiagnostics(cancellationToken: cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);
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
