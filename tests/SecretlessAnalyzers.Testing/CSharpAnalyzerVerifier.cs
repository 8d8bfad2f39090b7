using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretlessAnalyzers.Testing
{
    /// <summary>
    /// The usual entry point, as roslyn-sdk's <c>AnalyzerVerifier</c>:
    /// <c>using VerifyCS = CSharpAnalyzerVerifier&lt;MyAnalyzer&gt;;</c> then
    /// <c>await VerifyCS.VerifyAnalyzerAsync(source, VerifyCS.Diagnostic().WithLocation(0));</c>.
    /// </summary>
    public static class CSharpAnalyzerVerifier<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        /// <summary>A test with every knob (roslyn-sdk projects define the same nested class by hand).</summary>
        public class Test : CSharpAnalyzerTest<TAnalyzer>
        {
        }

        /// <summary>The analyzer's only diagnostic; fails if it has several IDs.</summary>
        public static DiagnosticResult Diagnostic() => DiagnosticFactory.Single(new TAnalyzer());

        /// <summary>The analyzer's diagnostic with this ID (its descriptor gives the message format for WithArguments).</summary>
        public static DiagnosticResult Diagnostic(string diagnosticId) => DiagnosticFactory.ById(new TAnalyzer(), diagnosticId);

        public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

        /// <summary>Checks the diagnostics of <paramref name="source"/> (markup allowed) against the expectations.</summary>
        public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new Test { TestCode = source };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }
    }

    internal static class DiagnosticFactory
    {
        public static DiagnosticResult Single(DiagnosticAnalyzer analyzer)
        {
            var descriptors = analyzer.SupportedDiagnostics.GroupBy(d => d.Id, StringComparer.Ordinal).ToList();
            if (descriptors.Count != 1)
            {
                throw new InvalidOperationException(
                    $"Diagnostic() needs an analyzer with exactly one diagnostic ID, but {analyzer.GetType().Name} supports "
                    + $"{string.Join(", ", descriptors.Select(g => g.Key))}; use Diagnostic(id) or Diagnostic(descriptor).");
            }

            return new DiagnosticResult(descriptors[0].First());
        }

        public static DiagnosticResult ById(DiagnosticAnalyzer analyzer, string diagnosticId)
        {
            var descriptor = analyzer.SupportedDiagnostics.FirstOrDefault(d => d.Id == diagnosticId);
            if (descriptor is null)
            {
                throw new InvalidOperationException(
                    $"{analyzer.GetType().Name} has no descriptor {diagnosticId} (it supports {string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct())}); "
                    + "for compiler diagnostics use DiagnosticResult.CompilerError / CompilerWarning.");
            }

            return new DiagnosticResult(descriptor);
        }
    }
}
