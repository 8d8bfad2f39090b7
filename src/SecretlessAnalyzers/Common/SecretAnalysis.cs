using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// The actions every secret rule registers: a symbol table built lazily, once per compilation and only when some
    /// candidate passes the text pre-filter; one action for string expressions (pre-filtered, folded, then handed to the
    /// rule) and one for object creations (credential objects, key arguments). Each analyzer still enables concurrent
    /// execution and states its generated-code decision in its own <c>Initialize</c>.
    /// </summary>
    public static class SecretAnalysis
    {
        public static void RegisterActions<TSymbols>(
            AnalysisContext context,
            Func<Compilation, TSymbols> createSymbols,
            CandidateSyntax candidates,
            Action<SyntaxNodeAnalysisContext, ExpressionSyntax, string, Lazy<TSymbols>> analyzeValue,
            Action<SyntaxNodeAnalysisContext, Lazy<TSymbols>> analyzeCreation)
        {
            context.RegisterCompilationStartAction(start =>
            {
                var compilation = start.Compilation;
                var symbols = new Lazy<TSymbols>(() => createSymbols(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
                start.RegisterSyntaxNodeAction(
                    context =>
                    {
                        // Report a concatenation once: at the first of its parts that passes the pre-filter.
                        var whole = candidates.WholeToAnalyze((ExpressionSyntax)context.Node);
                        var value = whole is null ? null : StringExpressions.Fold(whole, context.SemanticModel, context.CancellationToken);
                        if (value is not null)
                        {
                            analyzeValue(context, whole!, value, symbols);
                        }
                    },
                    SyntaxKind.StringLiteralExpression,
                    SyntaxKind.Utf8StringLiteralExpression,
                    SyntaxKind.InterpolatedStringExpression);
                start.RegisterSyntaxNodeAction(
                    context => analyzeCreation(context, symbols),
                    SyntaxKind.ObjectCreationExpression,
                    SyntaxKind.ImplicitObjectCreationExpression);
            });
        }
    }
}
