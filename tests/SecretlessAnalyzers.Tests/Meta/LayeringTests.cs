using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.Meta
{
    /// <summary>
    /// The layers of src/ (docs/architecture.md): every namespace belongs to one layer of <see cref="Layers"/>, imports
    /// only its own layer or lower ones, never a sibling in a layer of independent members (no family imports another
    /// family), and no namespaces form a cycle. The imports are read by binding src/ (both assemblies) as one
    /// compilation: every name, qualified or not, counts, including a parent namespace's types used without a using.
    /// </summary>
    public class LayeringTests
    {
        /// <summary>One layer: its namespaces (a namespace also covers its sub-namespaces, except the root), and
        /// whether they are independent of each other (families) or may use each other without a cycle.</summary>
        public sealed class Layer
        {
            public Layer(string name, bool independent, params string[] namespaces)
            {
                Name = name;
                Independent = independent;
                Namespaces = namespaces;
            }

            public string Name { get; }

            public bool Independent { get; }

            public string[] Namespaces { get; }
        }

        /// <summary>Lowest first. A new namespace goes into exactly one of these.</summary>
        public static readonly Layer[] Layers =
        {
            new Layer("core", independent: false, "SecretlessAnalyzers", "SecretlessAnalyzers.Common", "SecretlessAnalyzers.Catalog"),
            new Layer("family detectors", independent: true,
                "SecretlessAnalyzers.AzureServices", "SecretlessAnalyzers.Cosmos", "SecretlessAnalyzers.Credentials", "SecretlessAnalyzers.Databases",
                "SecretlessAnalyzers.Identity", "SecretlessAnalyzers.Messaging", "SecretlessAnalyzers.Storage", "SecretlessAnalyzers.Tokens"),
            new Layer("cross-family", independent: false, "SecretlessAnalyzers.Usage", "SecretlessAnalyzers.Configuration"),
            new Layer("rules", independent: false, "SecretlessAnalyzers.Rules", "SecretlessAnalyzers.Baseline"),
            new Layer("fix core", independent: false, "SecretlessAnalyzers.CodeFixes.Common"),
            new Layer("fixes", independent: true,
                "SecretlessAnalyzers.CodeFixes.AzureServices", "SecretlessAnalyzers.CodeFixes.Carriers", "SecretlessAnalyzers.CodeFixes.Cosmos", "SecretlessAnalyzers.CodeFixes.Credentials",
                "SecretlessAnalyzers.CodeFixes.Databases", "SecretlessAnalyzers.CodeFixes.Identity", "SecretlessAnalyzers.CodeFixes.KeyBased",
                "SecretlessAnalyzers.CodeFixes.Messaging", "SecretlessAnalyzers.CodeFixes.Storage"),
        };

        private static readonly Lazy<Dictionary<(string From, string To), string>> SourceImports = new Lazy<Dictionary<(string From, string To), string>>(ReadSourceImports);

        [Fact]
        public void EveryNamespaceOfSrcHasALayer()
        {
            var unplaced = SourceImports.Value.Where(i => UnitOf(i.Key.From) is null || UnitOf(i.Key.To) is null)
                .Select(i => (UnitOf(i.Key.From) is null ? i.Key.From : i.Key.To) + " (" + i.Value + ")").Distinct().ToList();
            Assert.True(unplaced.Count == 0, "Add to LayeringTests.Layers (and docs/architecture.md): " + string.Join(", ", unplaced));
        }

        [Fact]
        public void SrcImportsOnlyDownwardWithoutCycles()
        {
            var violations = Violations(SourceImports.Value);
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        }

        [Fact]
        public void TheImportsAreReadFromBothAssemblies()
        {
            // Guards the two tests above against passing on an empty or half-bound graph.
            var imports = SourceImports.Value;
            Assert.Contains(("SecretlessAnalyzers.Rules", "SecretlessAnalyzers.Storage"), imports.Keys);
            Assert.Contains(("SecretlessAnalyzers.Usage", "SecretlessAnalyzers.Messaging"), imports.Keys);
            Assert.Contains(("SecretlessAnalyzers.CodeFixes.Storage", "SecretlessAnalyzers.CodeFixes.Common"), imports.Keys);
            Assert.Contains(("SecretlessAnalyzers.CodeFixes.Credentials", "SecretlessAnalyzers.Rules"), imports.Keys);
            // A type of the parent namespace used without a using (DiagnosticIds) counts too.
            Assert.Contains(("SecretlessAnalyzers.Rules", "SecretlessAnalyzers"), imports.Keys);
        }

        [Fact]
        public void TheCheckFindsUpwardFamilyAndCyclicImports()
        {
            var imports = new Dictionary<(string From, string To), string>
            {
                [("SecretlessAnalyzers.Common", "SecretlessAnalyzers.Storage")] = "Common/A.cs",
                [("SecretlessAnalyzers.Storage", "SecretlessAnalyzers.Messaging")] = "Storage/B.cs",
                [("SecretlessAnalyzers.Usage", "SecretlessAnalyzers.Configuration")] = "Usage/C.cs",
                [("SecretlessAnalyzers.Configuration", "SecretlessAnalyzers.Usage")] = "Configuration/D.cs",
                [("SecretlessAnalyzers.CodeFixes.Storage", "SecretlessAnalyzers.CodeFixes.KeyBased")] = "CodeFixes/Storage/E.cs",
                [("SecretlessAnalyzers.Rules", "SecretlessAnalyzers.Storage")] = "Rules/F.cs",
            };

            var violations = Violations(imports);

            Assert.Contains(violations, v => v.Contains("upward") && v.Contains("Common/A.cs"));
            Assert.Contains(violations, v => v.Contains("sibling") && v.Contains("Storage/B.cs"));
            Assert.Contains(violations, v => v.Contains("sibling") && v.Contains("CodeFixes/Storage/E.cs"));
            Assert.Contains(violations, v => v.Contains("cycle") && v.Contains("SecretlessAnalyzers.Usage") && v.Contains("SecretlessAnalyzers.Configuration"));
            Assert.DoesNotContain(violations, v => v.Contains("Rules/F.cs"));
        }

        /// <summary>Every broken promise of <paramref name="imports"/> (from-namespace, to-namespace, a file that shows it).</summary>
        public static List<string> Violations(IReadOnlyDictionary<(string From, string To), string> imports)
        {
            var violations = new List<string>();
            var graph = new Dictionary<string, HashSet<string>>();
            foreach (var import in imports.OrderBy(i => i.Key.From, StringComparer.Ordinal).ThenBy(i => i.Key.To, StringComparer.Ordinal))
            {
                var (from, to) = import.Key;
                if (UnitOf(from) is not { } source || UnitOf(to) is not { } target || source.Unit == target.Unit)
                {
                    continue;
                }

                if (!graph.TryGetValue(source.Unit, out var targets))
                {
                    graph[source.Unit] = targets = new HashSet<string>();
                }

                targets.Add(target.Unit);
                if (target.Layer > source.Layer)
                {
                    violations.Add($"upward import: {from} ({Layers[source.Layer].Name}) uses {to} ({Layers[target.Layer].Name}) in {import.Value}");
                }
                else if (target.Layer == source.Layer && Layers[source.Layer].Independent)
                {
                    violations.Add($"sibling import: {from} uses {to}, both {Layers[source.Layer].Name}, in {import.Value}: move what they share down");
                }
            }

            foreach (var cycle in Cycles(graph))
            {
                violations.Add("namespace cycle: " + string.Join(" <-> ", cycle));
            }

            return violations;
        }

        /// <summary>The layer table entry a namespace falls under (the longest matching one), with its layer index.</summary>
        private static (string Unit, int Layer)? UnitOf(string ns)
        {
            (string Unit, int Layer)? best = null;
            for (var i = 0; i < Layers.Length; i++)
            {
                foreach (var unit in Layers[i].Namespaces)
                {
                    var matches = ns == unit || (unit.Contains('.') && ns.StartsWith(unit + ".", StringComparison.Ordinal));
                    if (matches && (best is null || unit.Length > best.Value.Unit.Length))
                    {
                        best = (unit, i);
                    }
                }
            }

            return best;
        }

        /// <summary>Strongly connected components of more than one node (Tarjan, iterative).</summary>
        private static List<List<string>> Cycles(Dictionary<string, HashSet<string>> graph)
        {
            var nodes = graph.Keys.Concat(graph.Values.SelectMany(v => v)).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();
            var index = new Dictionary<string, int>();
            var low = new Dictionary<string, int>();
            var stack = new Stack<string>();
            var onStack = new HashSet<string>();
            var cycles = new List<List<string>>();
            var next = 0;
            foreach (var root in nodes)
            {
                if (index.ContainsKey(root))
                {
                    continue;
                }

                var work = new Stack<(string Node, IEnumerator<string> Edges)>();
                Visit(root);
                while (work.Count > 0)
                {
                    var (node, edges) = work.Peek();
                    if (edges.MoveNext())
                    {
                        var target = edges.Current;
                        if (!index.ContainsKey(target))
                        {
                            Visit(target);
                        }
                        else if (onStack.Contains(target))
                        {
                            low[node] = Math.Min(low[node], index[target]);
                        }

                        continue;
                    }

                    work.Pop();
                    if (work.Count > 0)
                    {
                        var parent = work.Peek().Node;
                        low[parent] = Math.Min(low[parent], low[node]);
                    }

                    if (low[node] == index[node])
                    {
                        var component = new List<string>();
                        string member;
                        do
                        {
                            member = stack.Pop();
                            onStack.Remove(member);
                            component.Add(member);
                        }
                        while (member != node);

                        if (component.Count > 1)
                        {
                            component.Sort(StringComparer.Ordinal);
                            cycles.Add(component);
                        }
                    }
                }

                void Visit(string node)
                {
                    index[node] = low[node] = next++;
                    stack.Push(node);
                    onStack.Add(node);
                    var targets = graph.TryGetValue(node, out var t) ? t.OrderBy(n => n, StringComparer.Ordinal).ToList() : new List<string>();
                    work.Push((node, targets.GetEnumerator()));
                }
            }

            return cycles;
        }

        /// <summary>
        /// Binds every name in src/SecretlessAnalyzers and src/SecretlessAnalyzers.CodeFixes (one compilation, so the
        /// fixes' uses of analyzer types bind too) and records, per pair of namespaces, the first file that shows the use.
        /// </summary>
        private static Dictionary<(string From, string To), string> ReadSourceImports()
        {
            var root = DotNetCli.RepositoryRoot();
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = new[] { "SecretlessAnalyzers", "SecretlessAnalyzers.CodeFixes" }
                .SelectMany(project => Directory.EnumerateFiles(Path.Combine(root, "src", project), "*.cs", SearchOption.AllDirectories))
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)
                    && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parse, path))
                .ToList();
            Assert.True(trees.Count > 50, "src/ was not found under " + root);

            // The runtime and the Roslyn assemblies this test runs on; never the built SecretlessAnalyzers assemblies,
            // whose types would clash with the sources.
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Concat(new[] { typeof(SyntaxNode).Assembly.Location, typeof(CSharpSyntaxNode).Assembly.Location, typeof(Microsoft.CodeAnalysis.CodeActions.CodeAction).Assembly.Location, typeof(Microsoft.CodeAnalysis.CSharp.Formatting.CSharpFormattingOptions).Assembly.Location })
                .Where(path => !Path.GetFileName(path).StartsWith("SecretlessAnalyzers", StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(path => MetadataReference.CreateFromFile(path));
            var compilation = CSharpCompilation.Create("Layering", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var unbound = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
            Assert.True(unbound.Count == 0, "src/ must bind for the layering check: " + string.Join(Environment.NewLine, unbound));

            var imports = new Dictionary<(string From, string To), string>();
            foreach (var tree in trees)
            {
                var model = compilation.GetSemanticModel(tree);
                var file = Path.GetRelativePath(root, tree.FilePath).Replace('\\', '/');
                foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
                {
                    if (IsInNamespaceDeclaration(name))
                    {
                        continue;
                    }

                    var from = EnclosingNamespace(name);
                    var info = model.GetSymbolInfo(name);
                    var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                    if (symbol is INamespaceSymbol && IsQualifierOfLongerName(name))
                    {
                        // The SecretlessAnalyzers of SecretlessAnalyzers.Storage: the whole name counts, not its prefix.
                        continue;
                    }
                    var to = symbol is INamespaceSymbol ns ? ns : symbol?.ContainingNamespace;
                    if (from is null || to is null || to.IsGlobalNamespace || !IsOurs(to))
                    {
                        continue;
                    }

                    var target = to.ToDisplayString();
                    if (target != from && !imports.ContainsKey((from, target)))
                    {
                        imports[(from, target)] = file;
                    }
                }
            }

            return imports;
        }

        private static bool IsInNamespaceDeclaration(SimpleNameSyntax name) =>
            name.Ancestors().Any(a => a is BaseNamespaceDeclarationSyntax declaration && declaration.Name.Span.Contains(name.Span));

        private static bool IsQualifierOfLongerName(SimpleNameSyntax name)
        {
            // A.B.C: B is the right of A.B, which is the left of A.B.C.
            SyntaxNode node = name.Parent is QualifiedNameSyntax inner && inner.Right == name ? inner
                : name.Parent is MemberAccessExpressionSyntax innerAccess && innerAccess.Name == name ? innerAccess
                : name;
            return node.Parent is QualifiedNameSyntax qualified && qualified.Left == node
                || node.Parent is MemberAccessExpressionSyntax access && access.Expression == node;
        }

        private static bool IsOurs(INamespaceSymbol ns)
        {
            while (!ns.ContainingNamespace.IsGlobalNamespace)
            {
                ns = ns.ContainingNamespace;
            }

            return ns.Name == "SecretlessAnalyzers";
        }

        /// <summary>The namespace a name is written in: its namespace declaration, else the file's (for usings above it).</summary>
        private static string? EnclosingNamespace(SyntaxNode node) =>
            (node.FirstAncestorOrSelf<BaseNamespaceDeclarationSyntax>()
                ?? node.SyntaxTree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax || n is BaseNamespaceDeclarationSyntax).OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault())?.Name.ToString();
    }
}
