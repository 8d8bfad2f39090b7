using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>One rewrite of a fix-all, computed on the document every rewrite of the fix-all starts from.</summary>
    public sealed class BatchRewrite
    {
        public BatchRewrite(int index, TextSpan target, Document rewritten, IReadOnlyList<ISymbol> unusedCandidates)
        {
            Index = index;
            Target = target;
            Rewritten = rewritten;
            UnusedCandidates = unusedCandidates;
        }

        /// <summary>The rewrite's place in the fix-all (diagnostics in text order).</summary>
        public int Index { get; }

        /// <summary>The span of the reported node in the starting document.</summary>
        public TextSpan Target { get; }

        /// <summary>The starting document with this rewrite alone applied, unfinished (<see cref="RewritePass.RunDeferredAsync"/>).</summary>
        public Document Rewritten { get; }

        /// <summary>What the rewrite would have removed once unused.</summary>
        public IReadOnlyList<ISymbol> UnusedCandidates { get; }
    }

    /// <summary>
    /// Merges the rewrites of one document, each computed on the same starting document, into one document in one
    /// pass, as Roslyn's batch fixer merges the text changes of code actions: each rewritten tree is compared with the
    /// starting tree (unchanged subtrees are shared, so the comparison walks only the changed paths), the changed
    /// regions of all rewrites are applied together, the clean-up annotations of the rewrites (imports,
    /// simplification, formatting) are carried onto the merged tree, the constants left unused are removed and the
    /// clean-up runs once. A rewrite whose regions overlap those of a rewrite already taken is not merged: it is
    /// returned for the caller to apply afterwards, on the merged document.
    /// </summary>
    public static class FixAllMerge
    {
        /// <summary>The kind of the annotation that marks, in the merged document, the reported node of a rewrite that waits.</summary>
        public const string PendingTargetKind = "Secretless.FixAll.PendingTarget";

        private const string UnusedKind = "Secretless.FixAll.UnusedCandidate";
        private const string RemoveKind = "Secretless.FixAll.Remove";
        private const int MaxRemovalRounds = 8;

        /// <summary>The clean-up annotations a rewrite leaves (instances: some have no kind to look them up by).</summary>
        private static readonly SyntaxAnnotation[] CleanupAnnotations =
        {
            Simplifier.Annotation,
            Simplifier.AddImportsAnnotation,
            Formatter.Annotation,
        };

        /// <summary>A changed region: <see cref="Old"/> of the starting document becomes <see cref="Parts"/> (of the rewritten tree).</summary>
        private sealed class Region
        {
            public Region(BatchRewrite? owner, TextSpan old, IReadOnlyList<SyntaxNodeOrToken> parts, int newLength)
            {
                Owner = owner;
                Old = old;
                Parts = parts;
                NewLength = newLength;
            }

            public BatchRewrite? Owner { get; }

            public TextSpan Old { get; }

            public IReadOnlyList<SyntaxNodeOrToken> Parts { get; }

            public int NewLength { get; }

            /// <summary>Start in the merged text, once the regions before it are known.</summary>
            public int NewStart { get; set; }
        }

        /// <summary>
        /// The merged, cleaned-up document and the rewrites left for sequential application (their reported nodes
        /// marked with the annotation paired with each); null when the merge cannot be trusted (a rewritten region does
        /// not parse back to the same tokens, or a waiting rewrite's node lies in a region taken before): the caller then
        /// applies every rewrite sequentially.
        /// </summary>
        public static async Task<(Document Merged, List<(BatchRewrite Rewrite, SyntaxAnnotation Target)> Pending)?> MergeAsync(Document start, IReadOnlyList<BatchRewrite> rewrites, CancellationToken cancellationToken)
        {
            var startRoot = await start.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var startText = await start.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (startRoot is null)
            {
                return null;
            }

            // Take each rewrite whose regions touch none taken before (text order of the diagnostics, as the
            // sequential fix-all applies them); the others wait.
            var taken = new List<Region>();
            var pending = new List<BatchRewrite>();
            foreach (var rewrite in rewrites)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var rewrittenRoot = await rewrite.Rewritten.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (rewrittenRoot is null)
                {
                    continue;
                }

                var regions = Diff(startRoot, rewrittenRoot, rewrite);
                if (regions.Count == 0)
                {
                    continue;
                }

                if (regions.Any(r => Overlaps(taken, r.Old)) || Map(taken, rewrite.Target) is null)
                {
                    pending.Add(rewrite);
                    continue;
                }

                foreach (var region in regions)
                {
                    Insert(taken, region);
                }
            }

            // One text change per region; the incremental parser reuses every unchanged node.
            var delta = 0;
            var changes = new List<TextChange>(taken.Count);
            foreach (var region in taken)
            {
                region.NewStart = region.Old.Start + delta;
                delta += region.NewLength - region.Old.Length;
                var text = new System.Text.StringBuilder(region.NewLength);
                foreach (var part in region.Parts)
                {
                    text.Append(part.ToFullString());
                }

                changes.Add(new TextChange(region.Old, text.ToString()));
            }

            Document merged;
            try
            {
                merged = start.WithText(startText.WithChanges(changes));
            }
            catch (ArgumentException)
            {
                // Changes out of order or overlapping (not expected: the regions taken are disjoint): apply sequentially.
                return null;
            }

            var mergedRoot = await merged.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (mergedRoot is null)
            {
                return null;
            }

            // Carry the annotations over: the rewrites' clean-up annotations, the starting document's own (the shared
            // credential field), the reported nodes of the rewrites that wait, and the constants to remove if unused.
            var nodeAnnotations = new Dictionary<SyntaxNode, List<SyntaxAnnotation>>();
            var tokenAnnotations = new Dictionary<SyntaxToken, List<SyntaxAnnotation>>();
            foreach (var region in taken)
            {
                if (!SameTokens(region, mergedRoot))
                {
                    return null;
                }

                var offset = region.NewStart;
                foreach (var part in region.Parts)
                {
                    var partStart = part.FullSpan.Start;
                    foreach (var (annotated, annotations) in Annotated(part))
                    {
                        var span = new TextSpan(offset + annotated.Span.Start - partStart, annotated.Span.Length);
                        if (!Attach(mergedRoot, span, annotated.RawKind, annotated.IsToken, annotations, nodeAnnotations, tokenAnnotations))
                        {
                            return null;
                        }
                    }

                    offset += part.FullSpan.Length;
                }
            }

            foreach (var (annotated, annotations) in Annotated(startRoot))
            {
                if (Map(taken, annotated.Span) is { } span
                    && !Attach(mergedRoot, span, annotated.RawKind, annotated.IsToken, annotations, nodeAnnotations, tokenAnnotations))
                {
                    return null;
                }
            }

            // A rewrite that waits is applied later, on the merged document, to the node it reported. When a rewrite
            // taken before changed that node's region, the merge gives up (the caller then applies every rewrite one
            // after another, as the node may or may not have survived that rewrite).
            var stillPending = new List<(BatchRewrite Rewrite, SyntaxAnnotation Target)>();
            foreach (var rewrite in pending)
            {
                var target = startRoot.FindNode(rewrite.Target, getInnermostNodeForTie: true);
                var annotation = new SyntaxAnnotation(PendingTargetKind);
                if (Map(taken, target.Span) is not { } span
                    || !Attach(mergedRoot, span, target.RawKind, isToken: false, new[] { annotation }, nodeAnnotations, tokenAnnotations))
                {
                    return null;
                }

                stillPending.Add((rewrite, annotation));
            }

            var startTree = startRoot.SyntaxTree;
            foreach (var symbol in taken.Select(r => r.Owner!).Distinct().SelectMany(r => r.UnusedCandidates).Distinct<ISymbol>(SymbolEqualityComparer.Default))
            {
                foreach (var reference in symbol.DeclaringSyntaxReferences.Where(r => r.SyntaxTree == startTree))
                {
                    if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax declarator && Map(taken, declarator.Span) is { } span)
                    {
                        Attach(mergedRoot, span, declarator.RawKind, isToken: false, new[] { new SyntaxAnnotation(UnusedKind) }, nodeAnnotations, tokenAnnotations);
                    }
                }
            }

            mergedRoot = mergedRoot.ReplaceSyntax(
                nodeAnnotations.Keys,
                (original, rewritten) => rewritten.WithAdditionalAnnotations(nodeAnnotations[original]),
                tokenAnnotations.Keys,
                (original, rewritten) => rewritten.WithAdditionalAnnotations(tokenAnnotations[original]),
                Array.Empty<SyntaxTrivia>(),
                (original, _) => original);
            merged = merged.WithSyntaxRoot(mergedRoot);
            merged = await RemoveUnusedAsync(merged, cancellationToken).ConfigureAwait(false);
            merged = await FixCleanup.RunAsync(merged, cancellationToken).ConfigureAwait(false);
            return (merged, stillPending);
        }

        /// <summary>
        /// Where spans of <paramref name="start"/> lie in <paramref name="changed"/>, a tree made from it by syntax edits
        /// (the shared credential fields added); null for a span an edit changed.
        /// </summary>
        public static Func<TextSpan, TextSpan?> Mapping(SyntaxNode start, SyntaxNode changed)
        {
            var regions = new List<Region>();
            foreach (var region in Diff(start, changed, owner: null))
            {
                Insert(regions, region);
            }

            var delta = 0;
            foreach (var region in regions)
            {
                region.NewStart = region.Old.Start + delta;
                delta += region.NewLength - region.Old.Length;
            }

            return span => Map(regions, span);
        }

        /// <summary>
        /// The regions where <paramref name="rewritten"/> differs from <paramref name="start"/>: subtrees the two share
        /// are skipped by identity; where a node's children differ in number (a declaration removed), the run of
        /// children between the common prefix and suffix is one region.
        /// </summary>
        private static List<Region> Diff(SyntaxNode start, SyntaxNode rewritten, BatchRewrite? owner)
        {
            var regions = new List<Region>();
            var stack = new Stack<(SyntaxNodeOrToken Old, SyntaxNodeOrToken New)>();
            stack.Push((start, rewritten));
            while (stack.Count > 0)
            {
                var (a, b) = stack.Pop();
                if (a.IsIncrementallyIdenticalTo(b))
                {
                    continue;
                }

                // A node the rewrite annotated for clean-up is taken whole, so its annotation goes with it.
                if (a.IsToken || b.IsToken || a.RawKind != b.RawKind || CleanupAnnotations.Any(b.AsNode()!.HasAnnotation))
                {
                    regions.Add(new Region(owner, a.FullSpan, new[] { b }, b.FullSpan.Length));
                    continue;
                }

                // Enumerated once: indexing a child list computes the child's position from the start (quadratic).
                var oldChildren = a.ChildNodesAndTokens().ToList();
                var newChildren = b.ChildNodesAndTokens().ToList();
                int oldCount = oldChildren.Count, newCount = newChildren.Count;
                var prefix = 0;
                while (prefix < oldCount && prefix < newCount && oldChildren[prefix].IsIncrementallyIdenticalTo(newChildren[prefix]))
                {
                    prefix++;
                }

                var suffix = 0;
                while (suffix < oldCount - prefix && suffix < newCount - prefix
                    && oldChildren[oldCount - 1 - suffix].IsIncrementallyIdenticalTo(newChildren[newCount - 1 - suffix]))
                {
                    suffix++;
                }

                if (oldCount == newCount)
                {
                    for (var i = prefix; i < oldCount - suffix; i++)
                    {
                        stack.Push((oldChildren[i], newChildren[i]));
                    }

                    continue;
                }

                var oldStart = prefix < oldCount - suffix ? oldChildren[prefix].FullSpan.Start
                    : prefix > 0 ? oldChildren[prefix - 1].FullSpan.End : a.FullSpan.Start;
                var oldEnd = prefix < oldCount - suffix ? oldChildren[oldCount - suffix - 1].FullSpan.End : oldStart;
                var parts = new List<SyntaxNodeOrToken>();
                var length = 0;
                for (var i = prefix; i < newCount - suffix; i++)
                {
                    parts.Add(newChildren[i]);
                    length += newChildren[i].FullSpan.Length;
                }

                regions.Add(new Region(owner, TextSpan.FromBounds(oldStart, oldEnd), parts, length));
            }

            return regions;
        }

        /// <summary>Whether <paramref name="span"/> touches a taken region: overlaps it, or is an insertion at or inside it.</summary>
        private static bool Overlaps(List<Region> taken, TextSpan span)
        {
            var index = FirstEndingAtOrAfter(taken, span.Start);
            for (var i = index; i < taken.Count && taken[i].Old.Start <= span.End; i++)
            {
                var other = taken[i].Old;
                if (span.IsEmpty || other.IsEmpty
                    ? span.Start <= other.End && other.Start <= span.End
                    : span.Start < other.End && other.Start < span.End)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first region (taken regions are disjoint and sorted) that ends at or after <paramref name="position"/>.</summary>
        private static int FirstEndingAtOrAfter(List<Region> taken, int position)
        {
            int low = 0, high = taken.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (taken[middle].Old.End < position)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        private static void Insert(List<Region> taken, Region region)
        {
            var index = FirstEndingAtOrAfter(taken, region.Old.Start);
            // At one position an insertion goes before a replacement (a rewrite's own regions may touch so).
            while (index < taken.Count && (taken[index].Old.Start < region.Old.Start || taken[index].Old.Start == region.Old.Start && taken[index].Old.IsEmpty && !region.Old.IsEmpty))
            {
                index++;
            }

            taken.Insert(index, region);
        }

        /// <summary>Where a span of the starting document lies in the merged one; null when a taken region changed it.</summary>
        private static TextSpan? Map(List<Region> taken, TextSpan span)
        {
            // Regions [0, index) end at or before the span and shift it; region [index] must start after it.
            int low = 0, high = taken.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (taken[middle].Old.End <= span.Start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            if (low < taken.Count && taken[low].Old.Start < span.End)
            {
                return null;
            }

            var shift = low == 0 ? 0 : taken[low - 1].NewStart + taken[low - 1].NewLength - taken[low - 1].Old.End;
            return new TextSpan(span.Start + shift, span.Length);
        }

        /// <summary>The nodes and tokens under <paramref name="part"/> (itself included) that carry clean-up annotations, with those annotations.</summary>
        private static List<(SyntaxNodeOrToken Item, List<SyntaxAnnotation> Annotations)> Annotated(SyntaxNodeOrToken part)
        {
            var found = new List<(SyntaxNodeOrToken Item, List<SyntaxAnnotation> Annotations)>();
            var index = new Dictionary<SyntaxNodeOrToken, int>();
            foreach (var annotation in CleanupAnnotations)
            {
                var items = part.IsToken
                    ? part.AsToken().HasAnnotation(annotation) ? new[] { part } : Array.Empty<SyntaxNodeOrToken>()
                    : part.AsNode()!.GetAnnotatedNodesAndTokens(annotation);
                foreach (var item in items)
                {
                    if (!index.TryGetValue(item, out var at))
                    {
                        index.Add(item, at = found.Count);
                        found.Add((item, new List<SyntaxAnnotation>()));
                    }

                    found[at].Annotations.Add(annotation);
                }
            }

            return found;
        }

        /// <summary>The rewritten region parses back to the same tokens (a token built without its separating space would not).</summary>
        private static bool SameTokens(Region region, SyntaxNode mergedRoot)
        {
            var expected = region.Parts.SelectMany(p => p.IsToken ? new[] { p.AsToken() } : p.AsNode()!.DescendantTokens()).Where(t => !t.Span.IsEmpty).ToList();
            var span = new TextSpan(region.NewStart, region.NewLength);
            var actual = mergedRoot.DescendantTokens(span).Where(t => !t.Span.IsEmpty && span.Contains(t.Span)).ToList();
            if (expected.Count != actual.Count)
            {
                return false;
            }

            for (var i = 0; i < expected.Count; i++)
            {
                if (expected[i].RawKind != actual[i].RawKind || expected[i].Text != actual[i].Text)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Records <paramref name="annotations"/> for the node or token of the merged tree at <paramref name="span"/> of that kind.</summary>
        private static bool Attach(
            SyntaxNode root,
            TextSpan span,
            int rawKind,
            bool isToken,
            IEnumerable<SyntaxAnnotation> annotations,
            Dictionary<SyntaxNode, List<SyntaxAnnotation>> nodes,
            Dictionary<SyntaxToken, List<SyntaxAnnotation>> tokens)
        {
            if (!root.FullSpan.Contains(span))
            {
                return false;
            }

            var token = root.FindToken(span.Start);
            if (isToken)
            {
                if (token.Span != span || token.RawKind != rawKind)
                {
                    return false;
                }

                if (!tokens.TryGetValue(token, out var list))
                {
                    tokens.Add(token, list = new List<SyntaxAnnotation>());
                }

                list.AddRange(annotations);
                return true;
            }

            for (var node = token.Parent; node is not null && node.SpanStart == span.Start; node = node.Parent)
            {
                if (node.Span == span && node.RawKind == rawKind)
                {
                    if (!nodes.TryGetValue(node, out var list))
                    {
                        nodes.Add(node, list = new List<SyntaxAnnotation>());
                    }

                    list.AddRange(annotations);
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Removes the recorded candidates no longer read, then what they were built from, in rounds: each round binds
        /// the merged document once and looks only at the identifiers that name a candidate.
        /// </summary>
        private static async Task<Document> RemoveUnusedAsync(Document document, CancellationToken cancellationToken)
        {
            for (var round = 0; round < MaxRemovalRounds; round++)
            {
                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (root is null)
                {
                    break;
                }

                var candidates = root.GetAnnotatedNodes(UnusedKind).OfType<VariableDeclaratorSyntax>().ToList();
                if (candidates.Count == 0)
                {
                    break;
                }

                var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                if (semanticModel is null)
                {
                    break;
                }

                var symbols = new Dictionary<ISymbol, VariableDeclaratorSyntax>(SymbolEqualityComparer.Default);
                foreach (var declarator in candidates)
                {
                    if (semanticModel.GetDeclaredSymbol(declarator, cancellationToken) is { } symbol && UnusedDeclarations.IsRemovable(symbol) && !symbols.ContainsKey(symbol))
                    {
                        symbols.Add(symbol, declarator);
                    }
                }

                var names = new HashSet<string>(symbols.Keys.Select(s => s.Name), StringComparer.Ordinal);
                var referenced = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                foreach (var identifier in root.DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    if (names.Contains(identifier.Identifier.ValueText)
                        && semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol is { } used
                        && symbols.ContainsKey(used))
                    {
                        referenced.Add(used);
                    }
                }

                var toRemove = new List<SyntaxNode>();
                var next = new List<SyntaxNode>();
                foreach (var pair in symbols)
                {
                    if (referenced.Contains(pair.Key) || await IsReadElsewhereAsync(document, pair.Key, root.SyntaxTree, cancellationToken).ConfigureAwait(false))
                    {
                        continue;
                    }

                    toRemove.Add(SecretDeclarations.DeclarationToRemove(pair.Value));

                    // What this declaration was built from may become unused in turn.
                    if (pair.Value.Initializer is { } initializer)
                    {
                        foreach (var identifier in initializer.Value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
                        {
                            if (semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol is { } used && UnusedDeclarations.IsRemovable(used))
                            {
                                next.AddRange(used.DeclaringSyntaxReferences.Where(r => r.SyntaxTree == root.SyntaxTree).Select(r => r.GetSyntax(cancellationToken)).OfType<VariableDeclaratorSyntax>());
                            }
                        }
                    }
                }

                // This round's candidates are settled; the next round looks at what the removed ones were built from.
                var settled = new HashSet<SyntaxNode>(candidates);
                var removed = new HashSet<SyntaxNode>(toRemove);
                var following = new HashSet<SyntaxNode>(next.Where(n => !removed.Contains(n)));
                var marked = root.ReplaceNodes(
                    settled.Concat(removed).Concat(following).Distinct(),
                    (original, rewritten) =>
                    {
                        var node = settled.Contains(original) ? rewritten.WithoutAnnotations(UnusedKind) : rewritten;
                        if (following.Contains(original))
                        {
                            node = node.WithAdditionalAnnotations(new SyntaxAnnotation(UnusedKind));
                        }

                        return removed.Contains(original) ? node.WithAdditionalAnnotations(new SyntaxAnnotation(RemoveKind)) : node;
                    });
                while (marked.GetAnnotatedNodes(RemoveKind).FirstOrDefault() is { } node)
                {
                    marked = SyntaxRemoval.Remove(marked, node);
                }

                document = document.WithSyntaxRoot(marked);
                if (toRemove.Count == 0)
                {
                    break;
                }
            }

            return document;
        }

        /// <summary>A private field of a type declared in several files may be read from another document.</summary>
        private static async Task<bool> IsReadElsewhereAsync(Document document, ISymbol symbol, SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (symbol is not IFieldSymbol field || field.ContainingType.DeclaringSyntaxReferences.All(r => r.SyntaxTree == tree))
            {
                return false;
            }

            var references = await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false);
            return references.SelectMany(r => r.Locations).Any(l => l.Document.Id != document.Id);
        }
    }
}
