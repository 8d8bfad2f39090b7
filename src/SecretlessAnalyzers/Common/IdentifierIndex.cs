using System.Runtime.CompilerServices;

namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// Every identifier name of a syntax tree, grouped by its text, built in one pass the first time a rule asks
    /// and shared by every rule and every finding of that tree. Finding the uses of a variable is then a look-up
    /// of its name instead of a walk over its whole type: without it, a file with N secrets held in N constants
    /// costs N walks of the file (quadratic).
    /// </summary>
    public sealed class IdentifierIndex
    {
        private static readonly ConditionalWeakTable<SyntaxTree, IdentifierIndex> s_byTree = new();
        private static readonly IReadOnlyList<IdentifierNameSyntax> s_none = Array.Empty<IdentifierNameSyntax>();

        private readonly Dictionary<string, List<IdentifierNameSyntax>> _byName;

        private IdentifierIndex(SyntaxNode root, CancellationToken cancellationToken)
        {
            _byName = new Dictionary<string, List<IdentifierNameSyntax>>(StringComparer.Ordinal);
            foreach (var node in root.DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is IdentifierNameSyntax identifier)
                {
                    var name = identifier.Identifier.ValueText;
                    if (!_byName.TryGetValue(name, out var list))
                    {
                        list = new List<IdentifierNameSyntax>(1);
                        _byName.Add(name, list);
                    }

                    list.Add(identifier);
                }
            }
        }

        /// <summary>The index of <paramref name="tree"/>, built once (a cancelled build is retried by the next caller).</summary>
        public static IdentifierIndex Of(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (s_byTree.TryGetValue(tree, out var index))
            {
                return index;
            }

            index = new IdentifierIndex(tree.GetRoot(cancellationToken), cancellationToken);
            return s_byTree.GetValue(tree, _ => index);
        }

        /// <summary>The identifiers named <paramref name="name"/> inside <paramref name="scope"/>, in text order.</summary>
        public static IEnumerable<IdentifierNameSyntax> Named(SyntaxNode scope, string name, CancellationToken cancellationToken)
        {
            var all = Of(scope.SyntaxTree, cancellationToken).Named(name);
            var span = scope.FullSpan;

            // The list is in text order: start at the first identifier inside the scope (bisection) and stop after
            // the scope, so N blocks that each use a local of the same name cost N short look-ups, not N full scans.
            int low = 0, high = all.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (all[middle].SpanStart < span.Start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            for (var i = low; i < all.Count && all[i].SpanStart < span.End; i++)
            {
                if (span.Contains(all[i].Span))
                {
                    yield return all[i];
                }
            }
        }

        /// <summary>The identifiers named <paramref name="name"/> in the whole tree, in text order.</summary>
        public IReadOnlyList<IdentifierNameSyntax> Named(string name) =>
            _byName.TryGetValue(name, out var list) ? list : s_none;
    }
}
