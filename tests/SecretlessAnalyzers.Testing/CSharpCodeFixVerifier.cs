using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretlessAnalyzers.Testing
{
    /// <summary>
    /// The usual entry point for code fixes, as roslyn-sdk's <c>CodeFixVerifier</c>:
    /// <c>using VerifyCS = CSharpCodeFixVerifier&lt;MyAnalyzer, MyCodeFix&gt;;</c> then
    /// <c>await VerifyCS.VerifyCodeFixAsync(source, fixedSource);</c>.
    /// </summary>
    public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        /// <summary>A test with every knob (roslyn-sdk projects define the same nested class by hand).</summary>
        public class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix>
        {
        }

        /// <inheritdoc cref="CSharpAnalyzerVerifier{TAnalyzer}.Diagnostic()"/>
        public static DiagnosticResult Diagnostic() => DiagnosticFactory.Single(new TAnalyzer());

        /// <inheritdoc cref="CSharpAnalyzerVerifier{TAnalyzer}.Diagnostic(string)"/>
        public static DiagnosticResult Diagnostic(string diagnosticId) => DiagnosticFactory.ById(new TAnalyzer(), diagnosticId);

        public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

        /// <summary>Analyzer checks only (the fix is not run).</summary>
        public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
            => CSharpAnalyzerVerifier<TAnalyzer>.VerifyAnalyzerAsync(source, expected);

        /// <summary>Diagnostics from markup in <paramref name="source"/>; <paramref name="fixedSource"/> equal to it means "no fix offered".</summary>
        public static Task VerifyCodeFixAsync(string source, string fixedSource)
            => VerifyCodeFixAsync(source, DiagnosticResult.EmptyDiagnosticResults, fixedSource);

        public static Task VerifyCodeFixAsync(string source, DiagnosticResult expected, string fixedSource)
            => VerifyCodeFixAsync(source, new[] { expected }, fixedSource);

        public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource)
        {
            var test = new Test { TestCode = source, FixedCode = fixedSource };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }
    }
}
