namespace SecretlessAnalyzers.Common
{
    /// <summary>What a family's callbacks get: the file's semantic model, cancellation, and a way to report.</summary>
    public readonly struct SecretContext
    {
        private readonly Action<Diagnostic> _report;

        private readonly AnalyzerOptions _options;

        private readonly bool _isTestProject;

        public SecretContext(SemanticModel semanticModel, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken, bool isTestProject = false)
        {
            SemanticModel = semanticModel;
            _options = options;
            _report = report;
            CancellationToken = cancellationToken;
            _isTestProject = isTestProject;
        }

        /// <summary>The credential the fixes write first in this file (<see cref="DiagnosticProperties.Credential"/>).</summary>
        public string PreferredCredential => SecretlessOptions.For(_options, SemanticModel.SyntaxTree).PreferredCredentialFor(SemanticModel.Compilation.Options, SemanticModel.SyntaxTree);

        public SemanticModel SemanticModel { get; }

        public AnalyzerOptions Options => _options;

        public CancellationToken CancellationToken { get; }

        /// <summary>Reports the finding; one for a local or test-fixture resource as information (<see cref="LocalDevelopmentSecrets"/>).</summary>
        public void ReportDiagnostic(Diagnostic diagnostic) => _report(LocalDevelopmentSecrets.Adjust(diagnostic, _isTestProject));
    }

    /// <summary>
    /// The actions every secret rule registers: a symbol table built lazily, once per compilation and only when some
    /// file has a candidate; then one semantic-model action per file that searches the file text for the family's
    /// trigger words and credential type names (<see cref="TextScan"/>) and hands each string value (folded) and each
    /// matching object creation to the rule. No callback per literal: a file without a trigger word costs one
    /// vectorised text scan. Each analyzer still enables concurrent execution and states its generated-code
    /// decision in its own <c>Initialize</c>.
    /// </summary>
    public static class SecretAnalysis
    {
        public static void RegisterActions<TSymbols>(
            AnalysisContext context,
            Func<Compilation, TSymbols> createSymbols,
            CandidateSyntax candidates,
            Action<SecretContext, ExpressionSyntax, string, Lazy<TSymbols>> analyzeValue,
            Action<SecretContext, BaseObjectCreationExpressionSyntax, Lazy<TSymbols>>? analyzeCreation,
            Action<SecretContext, SyntaxToken, Lazy<TSymbols>>? analyzeIdentifier = null)
        {
            context.RegisterCompilationStartAction(start =>
            {
                var compilation = start.Compilation;
                var symbols = new Lazy<TSymbols>(() => createSymbols(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
                var isTestProject = SecretlessOptions.IsTestProject(compilation);
                start.RegisterSemanticModelAction(model => AnalyzeFile(model, candidates, symbols, isTestProject, analyzeValue, analyzeCreation, analyzeIdentifier));
            });
        }

        private static void AnalyzeFile<TSymbols>(
            SemanticModelAnalysisContext model,
            CandidateSyntax candidates,
            Lazy<TSymbols> symbols,
            bool isTestProject,
            Action<SecretContext, ExpressionSyntax, string, Lazy<TSymbols>> analyzeValue,
            Action<SecretContext, BaseObjectCreationExpressionSyntax, Lazy<TSymbols>>? analyzeCreation,
            Action<SecretContext, SyntaxToken, Lazy<TSymbols>>? analyzeIdentifier)
        {
            var cancellationToken = model.CancellationToken;
            var tree = model.SemanticModel.SyntaxTree;
            var text = tree.GetText(cancellationToken).ToString();
            var root = tree.GetRoot(cancellationToken);
            var context = new SecretContext(model.SemanticModel, model.Options, model.ReportDiagnostic, cancellationToken, isTestProject);
            TextScan.ForEachStringCandidate(
                root,
                text,
                candidates.TriggerWords,
                whole =>
                {
                    if (candidates.PassesLiteralFilter(whole) && StringExpressions.Fold(whole, context.SemanticModel, cancellationToken) is { } value)
                    {
                        analyzeValue(context, whole, value, symbols);
                    }
                },
                cancellationToken,
                candidates.TriggerWordsEndKeys);
            TextScan.ForEachIdentifier(
                root,
                text,
                candidates.CreationTypeNames,
                name =>
                {
                    // A name is a type to construct (credential, client) or, for rules that ask, any identifier.
                    analyzeIdentifier?.Invoke(context, name, symbols);
                    if (analyzeCreation is not null)
                    {
                        foreach (var creation in TextScan.CreationsOfType(name))
                        {
                            analyzeCreation(context, creation, symbols);
                        }
                    }
                },
                cancellationToken);
        }
    }
}
