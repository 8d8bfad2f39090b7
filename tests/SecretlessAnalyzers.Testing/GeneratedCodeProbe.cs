using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretlessAnalyzers.Testing
{
    /// <summary>
    /// Finds out what an analyzer passes to <see cref="AnalysisContext.ConfigureGeneratedCodeAnalysis"/> by running
    /// its <c>Initialize</c> against a context that only records that call. This decides what the generated-code
    /// check expects.
    /// </summary>
    internal sealed class GeneratedCodeProbe : AnalysisContext
    {
        private GeneratedCodeProbe()
        {
        }

        public GeneratedCodeAnalysisFlags? Flags { get; private set; }

        /// <summary>
        /// The flags the analyzer configured; <c>null</c> if it never called ConfigureGeneratedCodeAnalysis;
        /// <paramref name="succeeded"/> is false when <c>Initialize</c> could not be run on a fresh instance.
        /// </summary>
        public static GeneratedCodeAnalysisFlags? Probe(DiagnosticAnalyzer analyzer, out bool succeeded)
        {
            var probe = new GeneratedCodeProbe();
            try
            {
                // A fresh instance, so the analyzer under test is not initialized twice.
                var instance = (DiagnosticAnalyzer?)Activator.CreateInstance(analyzer.GetType()) ?? analyzer;
                instance.Initialize(probe);
                succeeded = true;
                return probe.Flags;
            }
            catch (Exception)
            {
                succeeded = false;
                return null;
            }
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => Flags = analysisMode;

        public override void EnableConcurrentExecution()
        {
        }

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
        {
        }

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action)
        {
        }

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
        {
        }

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
        {
        }

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
        {
        }

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
        {
        }

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
        {
        }

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        {
        }

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
        {
        }

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
        {
        }

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
        }
    }
}
