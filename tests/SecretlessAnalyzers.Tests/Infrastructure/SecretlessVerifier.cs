using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.Testing;

namespace SecretlessAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// The verifier every rule test uses: <see cref="CSharpCodeFixVerifier{TAnalyzer, TCodeFix}"/> with the Azure
    /// references of <see cref="AzureReferences"/>, in the shape of the roslyn-sdk verifiers.
    /// </summary>
    public static class SecretlessVerifier<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public static DiagnosticResult Diagnostic() => CSharpCodeFixVerifier<TAnalyzer, TCodeFix>.Diagnostic();

        public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix>.Diagnostic(id);

        public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new AnalyzerTest { TestCode = source };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        public static Task VerifyCodeFixAsync(string source, string fixedSource) =>
            VerifyCodeFixAsync(source, System.Array.Empty<DiagnosticResult>(), fixedSource);

        public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource)
        {
            var test = new Test { TestCode = source, FixedCode = fixedSource };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>Diagnostics only: whether a fix is offered is not checked.</summary>
        public sealed class AnalyzerTest : CSharpAnalyzerTest<TAnalyzer>
        {
            public AnalyzerTest()
            {
                AdditionalReferences.AddRange(AzureReferences.All);
            }
        }

        public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix>
        {
            public Test()
            {
                AdditionalReferences.AddRange(AzureReferences.All);
            }

            /// <summary>Sets a global .editorconfig option.</summary>
            public Test WithOption(string key, string value)
            {
                AnalyzerConfigOptions[key] = value;
                return this;
            }
        }
    }
}
