using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretlessAnalyzers.Testing
{
    /// <summary>
    /// A code-fix test with roslyn-sdk's property names. After the analyzer checks on the input it fixes one diagnostic
    /// at a time (incremental), then runs Fix All in Document, Project and Solution scope, and checks each result:
    /// text, tree shape, no compiler errors, and only the diagnostics the fixed markup declares.
    /// </summary>
    public class CSharpCodeFixTest<TAnalyzer, TCodeFix> : CSharpAnalyzerTest<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        /// <summary>Expected state after the incremental fix. Empty lists inherit the input (expecting no change).</summary>
        public SolutionState FixedState { get; } = new();

        /// <summary>Expected state after Fix All; empty lists inherit <see cref="FixedState"/>.</summary>
        public SolutionState BatchFixedState { get; } = new();

        /// <summary>The first fixed source. Markup in it declares the diagnostics that must remain after fixing.</summary>
        public string FixedCode
        {
            get => FixedState.Sources.Count > 0 ? FixedState.Sources[0].content : string.Empty;
            set => FixedState.Sources.SetFirst(value);
        }

        /// <summary>The first source after Fix All, when it differs from <see cref="FixedCode"/>.</summary>
        public string BatchFixedCode
        {
            get => BatchFixedState.Sources.Count > 0 ? BatchFixedState.Sources[0].content : FixedCode;
            set => BatchFixedState.Sources.SetFirst(value);
        }

        /// <summary>Expected additional files after fixing; when empty they must be unchanged.</summary>
        public SourceFileList FixedAdditionalFiles => FixedState.AdditionalFiles;

        /// <summary>Selects the code action by equivalence key.</summary>
        public string? CodeActionEquivalenceKey { get; set; }

        /// <summary>Selects the code action by index (after nested actions are flattened).</summary>
        public int? CodeActionIndex { get; set; }

        /// <summary>Positive: exactly this many fixes; negative: at most -n; 0: no fix may be offered. Default: see README.</summary>
        public int? NumberOfIncrementalIterations { get; set; }

        /// <summary>Fix All iterations in Project and Solution scope (and Document scope unless set separately).</summary>
        public int? NumberOfFixAllIterations { get; set; }

        /// <summary>Fix All iterations in Document scope; defaults to <see cref="NumberOfFixAllIterations"/>.</summary>
        public int? NumberOfFixAllInDocumentIterations { get; set; }

        public CodeFixTestBehaviors CodeFixTestBehaviors { get; set; }

        /// <summary>The code fix providers under test: one new <typeparamref name="TCodeFix"/> by default.</summary>
        protected virtual IEnumerable<CodeFixProvider> GetCodeFixProviders() => new CodeFixProvider[] { new TCodeFix() };

        private protected override async Task RunCodeFixChecksAsync(TestRun run, PreparedState input, CancellationToken cancellationToken)
        {
            var providers = GetCodeFixProviders().ToImmutableArray();
            var fixer = new Fixer(this, run, providers);

            // Empty fixed lists inherit the input: a test without FixedCode expects no change.
            var fixedSources = FixedState.Sources.Count > 0 ? FixedState.Sources : TestState.Sources;
            var fixedAdditional = FixedState.AdditionalFiles.Count > 0 ? FixedState.AdditionalFiles : TestState.AdditionalFiles;
            bool expectNoChange = SameText(fixedSources, input.Sources) && SameText(fixedAdditional, input.AdditionalFiles);
            var fixedExpected = FixedState.ExpectedDiagnostics.Count > 0
                ? FixedState.ExpectedDiagnostics
                : TestState.ExpectedDiagnostics.Where(d => expectNoChange || !fixer.FixableIds.Contains(d.Id)).ToList();
            var fixedState = run.Prepare(fixedSources, fixedAdditional, fixedExpected, "FixedState");

            var incremental = await fixer.FixIncrementallyAsync(input, expectNoChange, cancellationToken).ConfigureAwait(false);
            await fixer.VerifyFixedProjectAsync(incremental.Project, fixedState, "after the incremental code fix", incremental.Log, cancellationToken).ConfigureAwait(false);
            await VerifyStateAsync(run, fixedState, "FixedState: diagnostics after the incremental code fix (declare the ones that remain with markup in FixedCode)", cancellationToken).ConfigureAwait(false);

            if (!incremental.AppliedAny || (CodeFixTestBehaviors & CodeFixTestBehaviors.SkipFixAllCheck) == CodeFixTestBehaviors.SkipFixAllCheck)
            {
                return;
            }

            var batchState = fixedState;
            if (BatchFixedState.Sources.Count > 0 || BatchFixedState.AdditionalFiles.Count > 0 || BatchFixedState.ExpectedDiagnostics.Count > 0)
            {
                batchState = run.Prepare(
                    BatchFixedState.Sources.Count > 0 ? BatchFixedState.Sources : fixedSources,
                    BatchFixedState.AdditionalFiles.Count > 0 ? BatchFixedState.AdditionalFiles : fixedAdditional,
                    BatchFixedState.ExpectedDiagnostics.Count > 0 ? BatchFixedState.ExpectedDiagnostics : fixedExpected,
                    "BatchFixedState");
                await VerifyStateAsync(run, batchState, "BatchFixedState: diagnostics after Fix All", cancellationToken).ConfigureAwait(false);
            }

            foreach (var (scope, skip) in new[]
            {
                (FixAllScope.Document, CodeFixTestBehaviors.SkipFixAllInDocumentCheck),
                (FixAllScope.Project, CodeFixTestBehaviors.SkipFixAllInProjectCheck),
                (FixAllScope.Solution, CodeFixTestBehaviors.SkipFixAllInSolutionCheck),
            })
            {
                if ((CodeFixTestBehaviors & skip) != 0)
                {
                    continue;
                }

                var result = await fixer.FixAllAsync(input, scope, incremental.EquivalenceKey, cancellationToken).ConfigureAwait(false);
                if (result is not null)
                {
                    await fixer.VerifyFixedProjectAsync(result.Project, batchState, $"after Fix All in {scope} scope", result.Log, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        private static bool SameText(IReadOnlyList<(string filename, string content)> markup, IReadOnlyList<(string Path, string Text)> stripped)
            => markup.Count == stripped.Count
                && markup.Zip(stripped).All(p => p.First.filename == p.Second.Path
                    && Formatting.NormalizeNewLines(TestMarkup.Parse(p.First.content ?? string.Empty).Text) == Formatting.NormalizeNewLines(p.Second.Text));

        /// <summary>The outcome of one fixing run.</summary>
        private sealed record FixResult(Project Project, bool AppliedAny, string? EquivalenceKey, string Log);

        /// <summary>The fixing machinery of one RunAsync.</summary>
        private sealed class Fixer
        {
            private readonly CSharpCodeFixTest<TAnalyzer, TCodeFix> _test;
            private readonly TestRun _run;
            private readonly ImmutableArray<CodeFixProvider> _providers;

            public Fixer(CSharpCodeFixTest<TAnalyzer, TCodeFix> test, TestRun run, ImmutableArray<CodeFixProvider> providers)
            {
                _test = test;
                _run = run;
                _providers = providers;
                FixableIds = providers.SelectMany(p => p.FixableDiagnosticIds).ToImmutableHashSet(StringComparer.Ordinal);
            }

            public ImmutableHashSet<string> FixableIds { get; }

            /// <summary>
            /// Applies one chosen action per round until nothing fixable remains, no action is offered, an action changes
            /// nothing, or the budget runs out; fails on loops and on budget violations.
            /// </summary>
            public async Task<FixResult> FixIncrementallyAsync(PreparedState input, bool expectNoChange, CancellationToken cancellationToken)
            {
                var project = _run.CreateProject(input.Sources, input.AdditionalFiles);
                var log = new StringBuilder();
                var seen = new HashSet<string>(StringComparer.Ordinal) { await SnapshotAsync(project, cancellationToken).ConfigureAwait(false) };

                var first = await FixableDiagnosticsAsync(project, "incremental fix, round 1", input, cancellationToken).ConfigureAwait(false);
                var (limit, exact, budgetText) = _test.NumberOfIncrementalIterations switch
                {
                    null when expectNoChange => (0, true, "0, because FixedCode equals TestCode: no fix may be offered"),
                    null => (first.Count, false, $"at most {first.Count}, one per fixable diagnostic in the input"),
                    >= 0 and var n => (n, true, $"exactly {n} (NumberOfIncrementalIterations)"),
                    var n => (-n.Value, false, $"at most {-n.Value} (NumberOfIncrementalIterations)"),
                };
                log.AppendLine($"Incremental fix budget: {budgetText}.");

                int iterations = 0;
                string? equivalenceKey = null;
                var fixable = first;
                while (fixable.Count > 0)
                {
                    var (action, diagnostic, offered) = await FindActionAsync(project, fixable, cancellationToken).ConfigureAwait(false);
                    if (action is null)
                    {
                        if (iterations == 0 && limit != 0 && offered.Count > 0)
                        {
                            throw new VerificationException(
                                $"No offered code action matches CodeActionEquivalenceKey = {Formatting.Literal(_test.CodeActionEquivalenceKey)}, "
                                + $"CodeActionIndex = {Formatting.Literal(_test.CodeActionIndex)}. Offered:{Environment.NewLine}{string.Join(Environment.NewLine, offered)}");
                        }

                        log.AppendLine(offered.Count > 0 ? "No matching code action offered; stopped." : "No code action offered; stopped.");
                        break;
                    }

                    string what = $"'{action.Title}' (key {Formatting.Literal(action.EquivalenceKey)}) for {Formatting.CompilerStyle(diagnostic!)}";
                    if (iterations >= limit)
                    {
                        throw new VerificationException(limit == 0
                            ? $"Expected no code fix to be offered ({budgetText}), but the provider offered {what}.{Environment.NewLine}{log}"
                            : $"The code fix still offers {what} after {limit} iteration(s), the budget: {budgetText}. "
                                + $"Set NumberOfIncrementalIterations if more are expected.{Environment.NewLine}{log}");
                    }

                    var changed = await ApplyAsync(action, project, cancellationToken).ConfigureAwait(false);
                    string snapshot = await SnapshotAsync(changed, cancellationToken).ConfigureAwait(false);
                    if (snapshot == await SnapshotAsync(project, cancellationToken).ConfigureAwait(false))
                    {
                        log.AppendLine($"Round {iterations + 1}: {what} changed nothing; stopped.");
                        break;
                    }

                    if (!seen.Add(snapshot))
                    {
                        throw new VerificationException($"The code fix loops: applying {what} returns to an earlier text.{Environment.NewLine}{log}");
                    }

                    log.AppendLine($"Round {iterations + 1}: applied {what}.");
                    equivalenceKey = iterations == 0 ? action.EquivalenceKey : equivalenceKey;
                    iterations++;
                    project = changed;
                    fixable = await FixableDiagnosticsAsync(project, $"incremental fix, round {iterations + 1}", null, cancellationToken).ConfigureAwait(false);
                }

                if (exact && iterations != limit)
                {
                    throw new VerificationException($"Expected {budgetText.Split(',')[0]} code fix iteration(s), but {iterations} happened.{Environment.NewLine}{log}");
                }

                return new FixResult(project, iterations > 0, equivalenceKey, log.ToString());
            }

            /// <summary>
            /// Fix All from the original input in one scope, with the equivalence key of the action the incremental fix
            /// chose first. Returns null when the provider has no Fix All or does not support the scope.
            /// </summary>
            public async Task<FixResult?> FixAllAsync(PreparedState input, FixAllScope scope, string? equivalenceKey, CancellationToken cancellationToken)
            {
                var project = _run.CreateProject(input.Sources, input.AdditionalFiles);
                var log = new StringBuilder();
                var seen = new HashSet<string>(StringComparer.Ordinal) { await SnapshotAsync(project, cancellationToken).ConfigureAwait(false) };
                var fixable = await FixableDiagnosticsAsync(project, $"Fix All in {scope} scope, round 1", input, cancellationToken).ConfigureAwait(false);

                int? requested = scope == FixAllScope.Document ? _test.NumberOfFixAllInDocumentIterations ?? _test.NumberOfFixAllIterations : _test.NumberOfFixAllIterations;
                int documents = fixable.Where(d => d.Location.IsInSource).Select(d => d.Location.SourceTree!.FilePath).Distinct().Count();
                var (limit, exact, budgetText) = requested switch
                {
                    null when scope == FixAllScope.Document => (documents, false, $"at most {documents}, one per document with fixable diagnostics"),
                    null => (1, false, "at most 1"),
                    >= 0 and var n => (n, true, $"exactly {n}"),
                    var n => (-n.Value, false, $"at most {-n.Value}"),
                };
                log.AppendLine($"Fix All ({scope}) budget: {budgetText}; equivalence key {Formatting.Literal(equivalenceKey)}.");

                int iterations = 0;
                bool supported = false;
                while (true)
                {
                    var trigger = fixable.FirstOrDefault(d => d.Location.IsInSource && project.GetDocument(d.Location.SourceTree) is not null);
                    var provider = trigger is null ? null : _providers.FirstOrDefault(p => p.FixableDiagnosticIds.Contains(trigger.Id));
                    var fixAllProvider = provider?.GetFixAllProvider();
                    if (trigger is null || provider is null || fixAllProvider is null)
                    {
                        break;
                    }

                    if (!fixAllProvider.GetSupportedFixAllScopes().Contains(scope))
                    {
                        break;
                    }

                    supported = true;
                    var diagnosticIds = fixable.Select(d => d.Id).Where(provider.FixableDiagnosticIds.Contains).Distinct().ToImmutableArray();
                    var context = new FixAllContext(
                        project.GetDocument(trigger.Location.SourceTree)!,
                        provider,
                        scope,
                        equivalenceKey,
                        diagnosticIds,
                        new TestDiagnosticProvider(this),
                        cancellationToken);

                    CodeAction? action;
                    try
                    {
                        action = await fixAllProvider.GetFixAsync(context).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        throw new VerificationException($"{fixAllProvider.GetType().Name}.GetFixAsync ({scope} scope) threw: {e}");
                    }

                    if (action is null)
                    {
                        log.AppendLine("Fix All offered no action; stopped.");
                        break;
                    }

                    var changed = await ApplyAsync(action, project, cancellationToken).ConfigureAwait(false);
                    string snapshot = await SnapshotAsync(changed, cancellationToken).ConfigureAwait(false);
                    if (snapshot == await SnapshotAsync(project, cancellationToken).ConfigureAwait(false))
                    {
                        log.AppendLine("Fix All changed nothing; stopped.");
                        break;
                    }

                    if (iterations >= limit)
                    {
                        throw new VerificationException($"Fix All in {scope} scope still changes the code after {limit} iteration(s), the budget ({budgetText}). "
                            + $"Set NumberOfFixAllIterations if more are expected.{Environment.NewLine}{log}");
                    }

                    if (!seen.Add(snapshot))
                    {
                        throw new VerificationException($"Fix All in {scope} scope loops: it returns to an earlier text.{Environment.NewLine}{log}");
                    }

                    iterations++;
                    log.AppendLine($"Round {iterations}: applied '{action.Title}'.");
                    project = changed;
                    fixable = await FixableDiagnosticsAsync(project, $"Fix All in {scope} scope, round {iterations + 1}", null, cancellationToken).ConfigureAwait(false);
                }

                if (!supported && iterations == 0)
                {
                    return null;
                }

                if (exact && iterations != limit)
                {
                    throw new VerificationException($"Expected {budgetText} Fix All iteration(s) in {scope} scope, but {iterations} happened.{Environment.NewLine}{log}");
                }

                return new FixResult(project, iterations > 0, equivalenceKey, log.ToString());
            }

            /// <summary>Text of every document equals the expected state, and every changed tree re-parses to the same shape.</summary>
            public async Task VerifyFixedProjectAsync(Project project, PreparedState expected, string context, string log, CancellationToken cancellationToken)
            {
                var problems = new StringBuilder();
                await CompareDocumentsAsync(project.Documents, expected.Sources, "source", problems, cancellationToken).ConfigureAwait(false);
                await CompareDocumentsAsync(project.AdditionalDocuments, expected.AdditionalFiles, "additional file", problems, cancellationToken).ConfigureAwait(false);
                if (problems.Length > 0)
                {
                    throw new VerificationException($"Fixed text differs ({context}).{Environment.NewLine}{problems}{Environment.NewLine}What the fix did:{Environment.NewLine}{log}");
                }

                if ((_test.CodeFixTestBehaviors & CodeFixTestBehaviors.SkipTreeValidation) != 0)
                {
                    return;
                }

                foreach (var document in project.Documents)
                {
                    var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                    var reparsed = CSharpSyntaxTree.ParseText(root!.ToFullString(), (CSharpParseOptions)project.ParseOptions!, document.FilePath ?? string.Empty, cancellationToken: cancellationToken)
                        .GetRoot(cancellationToken);
                    if (!SameStructure(root, reparsed))
                    {
                        throw new VerificationException(
                            $"The code fix built a syntax tree that parsing its own text does not give ({context}, {document.FilePath}): "
                            + $"{FirstDifference(root, reparsed)}. Build nodes with SyntaxFactory.Parse* or add the missing tokens/parentheses."
                            + $"{Environment.NewLine}What the fix did:{Environment.NewLine}{log}");
                    }
                }
            }

            /// <summary>Analyzer (and fixable compiler) diagnostics the providers can fix, in location order.</summary>
            public async Task<ImmutableArray<Diagnostic>> AllFixableAsync(Project project, string context, PreparedState? state, CancellationToken cancellationToken)
            {
                var result = await AnalyzerRunner.AnalyzeAsync(project, _run.Analyzers, cancellationToken).ConfigureAwait(false);
                _run.ThrowOnFailures(result, context, state);
                return result.AnalyzerDiagnostics
                    .Concat(result.CompilerDiagnostics.Where(d => !d.IsSuppressed))
                    .Where(d => FixableIds.Contains(d.Id) && !_test.DisabledDiagnostics.Contains(d.Id))
                    .Where(d => d.Location.IsInSource || (d.Location.Kind == LocationKind.ExternalFile && FindAdditionalDocument(project, d) is not null))
                    .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
                    .ThenBy(d => d.Location.GetLineSpan().StartLinePosition)
                    .ThenBy(d => d.Id, StringComparer.Ordinal)
                    .ToImmutableArray();
            }

            private async Task<List<Diagnostic>> FixableDiagnosticsAsync(Project project, string context, PreparedState? state, CancellationToken cancellationToken)
                => (await AllFixableAsync(project, context, state, cancellationToken).ConfigureAwait(false)).ToList();

            /// <summary>The first diagnostic, in order, with an action that the key / index selects.</summary>
            private async Task<(CodeAction? Action, Diagnostic? Diagnostic, List<string> Offered)> FindActionAsync(
                Project project, List<Diagnostic> fixable, CancellationToken cancellationToken)
            {
                var offered = new List<string>();
                foreach (var diagnostic in fixable)
                {
                    var actions = new List<CodeAction>();
                    foreach (var provider in _providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
                    {
                        CodeFixContext context;
                        if (diagnostic.Location.IsInSource)
                        {
                            var document = project.GetDocument(diagnostic.Location.SourceTree);
                            if (document is null)
                            {
                                continue;
                            }

                            context = new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), cancellationToken);
                        }
                        else if (SupportsAdditionalDocuments(provider) && FindAdditionalDocument(project, diagnostic) is { } additional)
                        {
                            context = new CodeFixContext(additional, diagnostic, (a, _) => actions.Add(a), cancellationToken);
                        }
                        else
                        {
                            continue;
                        }

                        try
                        {
                            await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
                        }
                        catch (Exception e) when (e is not OperationCanceledException)
                        {
                            throw new VerificationException($"{provider.GetType().Name}.RegisterCodeFixesAsync threw for {Formatting.CompilerStyle(diagnostic)}: {e}");
                        }
                    }

                    var flat = actions.SelectMany(Flatten).ToList();
                    offered.AddRange(flat.Select((a, i) => $"    [{i}] '{a.Title}' (key {Formatting.Literal(a.EquivalenceKey)}) for {Formatting.CompilerStyle(diagnostic)}"));
                    if (Select(flat) is { } chosen)
                    {
                        return (chosen, diagnostic, offered);
                    }
                }

                return (null, null, offered);
            }

            private CodeAction? Select(List<CodeAction> actions)
            {
                if (actions.Count == 0)
                {
                    return null;
                }

                string? key = _test.CodeActionEquivalenceKey;
                if (_test.CodeActionIndex is { } index)
                {
                    if (index < 0 || index >= actions.Count)
                    {
                        return null;
                    }

                    var action = actions[index];
                    if (key is not null && action.EquivalenceKey != key)
                    {
                        throw new VerificationException(
                            $"CodeActionIndex {index} selects '{action.Title}' with equivalence key {Formatting.Literal(action.EquivalenceKey)}, "
                            + $"but CodeActionEquivalenceKey is {Formatting.Literal(key)}.");
                    }

                    return action;
                }

                return key is null ? actions[0] : actions.FirstOrDefault(a => a.EquivalenceKey == key);
            }

            private static IEnumerable<CodeAction> Flatten(CodeAction action)
                => action.NestedActions.IsDefaultOrEmpty ? new[] { action } : action.NestedActions.SelectMany(Flatten);

            /// <summary>Applies an action the way the IDE does, so Roslyn's clean-up (imports, simplification, formatting) runs.</summary>
            private static async Task<Project> ApplyAsync(CodeAction action, Project project, CancellationToken cancellationToken)
            {
                ImmutableArray<CodeActionOperation> operations;
                try
                {
                    operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw new VerificationException($"Computing code action '{action.Title}' threw: {e}");
                }

                var apply = operations.OfType<ApplyChangesOperation>().ToList();
                if (apply.Count != 1)
                {
                    throw new VerificationException(
                        $"Code action '{action.Title}' must produce exactly one ApplyChangesOperation, but produced: {string.Join(", ", operations.Select(o => o.GetType().Name))}.");
                }

                return apply[0].ChangedSolution.GetProject(project.Id)
                    ?? throw new VerificationException($"Code action '{action.Title}' removed the test project.");
            }

            private static async Task CompareDocumentsAsync(
                IEnumerable<TextDocument> documents,
                IReadOnlyList<(string Path, string Text)> expected,
                string kind,
                StringBuilder problems,
                CancellationToken cancellationToken)
            {
                var actual = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var document in documents)
                {
                    var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    actual[document.FilePath ?? document.Name] = text.ToString();
                }

                foreach (var (path, text) in expected)
                {
                    if (!actual.TryGetValue(path, out var actualText))
                    {
                        problems.AppendLine($"Expected {kind} {path} is missing after the fix.");
                    }
                    else if (Formatting.NormalizeNewLines(actualText) != Formatting.NormalizeNewLines(text))
                    {
                        problems.AppendLine($"{kind} {path}:").Append(TextDiff.Describe(text, actualText));
                        problems.AppendLine("  Actual text (paste as expected):").AppendLine(actualText);
                    }
                }

                foreach (var path in actual.Keys.Where(p => !expected.Any(e => e.Path == p)))
                {
                    problems.AppendLine($"The fix produced an unexpected {kind} {path}:").AppendLine(actual[path]);
                }
            }

            // Compares node kinds and token text in document order, as roslyn-sdk does. SyntaxFactory.AreEquivalent
            // is stricter than the parser itself: a one-element list left by a removal compares unequal to the
            // single node the parser builds, though both print and bind the same.
            private static bool SameStructure(SyntaxNode built, SyntaxNode parsed)
            {
                using var left = built.DescendantNodesAndTokensAndSelf().GetEnumerator();
                using var right = parsed.DescendantNodesAndTokensAndSelf().GetEnumerator();
                while (true)
                {
                    var hasLeft = left.MoveNext();
                    if (hasLeft != right.MoveNext())
                    {
                        return false;
                    }

                    if (!hasLeft)
                    {
                        return true;
                    }

                    var a = left.Current;
                    var b = right.Current;
                    if (a.RawKind != b.RawKind || a.IsMissing != b.IsMissing || (a.IsToken && a.AsToken().Text != b.AsToken().Text))
                    {
                        return false;
                    }
                }
            }

            private static string FirstDifference(SyntaxNode built, SyntaxNode parsed)
            {
                var left = built.DescendantNodesAndTokensAndSelf().ToList();
                var right = parsed.DescendantNodesAndTokensAndSelf().ToList();
                for (int i = 0; i < Math.Min(left.Count, right.Count); i++)
                {
                    var a = left[i];
                    var b = right[i];
                    if (a.RawKind != b.RawKind || (a.IsToken && a.AsToken().Text != b.AsToken().Text))
                    {
                        var line = a.GetLocation()?.GetLineSpan().StartLinePosition.Line + 1;
                        return $"at line {line} the fix has {Describe(a)} where the parser reads {Describe(b)}";
                    }
                }

                return $"the fix has {left.Count} nodes and tokens, the parser {right.Count}";
            }

            private static string Describe(SyntaxNodeOrToken item)
            {
                string text = item.ToString();
                text = text.Length > 60 ? text.Substring(0, 60) + "..." : text;
                return $"{item.Kind()} '{text}'";
            }

            private static TextDocument? FindAdditionalDocument(Project project, Diagnostic diagnostic)
            {
                string path = diagnostic.Location.GetLineSpan().Path;
                return project.AdditionalDocuments.FirstOrDefault(d => d.FilePath == path);
            }

            /// <summary>As in the IDE, only providers exported for additional documents get their diagnostics.</summary>
            private static bool SupportsAdditionalDocuments(CodeFixProvider provider)
                => provider.GetType().GetCustomAttributes<ExportCodeFixProviderAttribute>()
                    .Any(a => a.DocumentKinds.Contains(nameof(TextDocumentKind.AdditionalDocument), StringComparer.Ordinal));

            private static async Task<string> SnapshotAsync(Project project, CancellationToken cancellationToken)
            {
                var builder = new StringBuilder();
                foreach (var document in project.Documents.Cast<TextDocument>().Concat(project.AdditionalDocuments).OrderBy(d => d.FilePath, StringComparer.Ordinal))
                {
                    var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    builder.Append(document.FilePath).Append('\0').Append(text.ToString()).Append('\0');
                }

                return builder.ToString();
            }

            /// <summary>Gives Fix All the diagnostics we computed, like Meziantou's CustomDiagnosticProvider.</summary>
            private sealed class TestDiagnosticProvider : FixAllContext.DiagnosticProvider
            {
                private readonly Fixer _fixer;
                private readonly Dictionary<ProjectId, (Project Project, ImmutableArray<Diagnostic> Diagnostics)> _cache = new();

                public TestDiagnosticProvider(Fixer fixer) => _fixer = fixer;

                public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                    => await GetAsync(project, cancellationToken).ConfigureAwait(false);

                public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
                {
                    var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
                    var all = await GetAsync(document.Project, cancellationToken).ConfigureAwait(false);
                    return all.Where(d => d.Location.IsInSource && (d.Location.SourceTree == tree || d.Location.SourceTree!.FilePath == document.FilePath));
                }

                public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                    => (await GetAsync(project, cancellationToken).ConfigureAwait(false)).Where(d => !d.Location.IsInSource);

                private async Task<ImmutableArray<Diagnostic>> GetAsync(Project project, CancellationToken cancellationToken)
                {
                    lock (_cache)
                    {
                        if (_cache.TryGetValue(project.Id, out var cached) && cached.Project == project)
                        {
                            return cached.Diagnostics;
                        }
                    }

                    var diagnostics = await _fixer.AllFixableAsync(project, "Fix All diagnostic provider", null, cancellationToken).ConfigureAwait(false);
                    lock (_cache)
                    {
                        _cache[project.Id] = (project, diagnostics);
                    }

                    return diagnostics;
                }
            }
        }
    }
}
