using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretlessAnalyzers.Tests.Infrastructure
{
    /// <summary>Every analyzer and code fix the package ships, found by reflection so new rules are covered automatically.</summary>
    public static class AllRules
    {
        public static ImmutableArray<Type> AnalyzerTypes { get; } = typeof(DiagnosticIds).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                && !typeof(DiagnosticSuppressor).IsAssignableFrom(t) // the baseline suppressor reports nothing: Baseline/ tests it
                && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToImmutableArray();

        public static ImmutableArray<Type> CodeFixTypes { get; } = typeof(SecretlessAnalyzers.CodeFixes.Common.CredentialActions).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToImmutableArray();

        /// <summary>Fresh instances of every analyzer.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers() =>
            AnalyzerTypes.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

        public static ImmutableArray<Microsoft.CodeAnalysis.DiagnosticDescriptor> Descriptors { get; } =
            CreateAnalyzers().SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
    }
}
