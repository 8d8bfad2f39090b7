using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// The cheap syntactic filters code passes before any semantic work: the text pre-filter every connection-string
    /// rule runs on literals and interpolated strings (and the choice of the one part of a concatenation that reports
    /// it), the type name of an object creation, the argument of a named parameter. No semantic model, and no
    /// allocation for a literal that fails the filter.
    /// </summary>
    public sealed class CandidateSyntax
    {
        private readonly Func<string, bool> _mightContainSecret;
        private readonly Func<string, bool> _containsTriggerWord;

        /// <param name="mightContainSecret">The filter for a whole literal (length, '=', keyword).</param>
        /// <param name="containsTriggerWord">The filter for a part of a concatenation or interpolation, which may be short.</param>
        public CandidateSyntax(Func<string, bool> mightContainSecret, Func<string, bool> containsTriggerWord)
        {
            _mightContainSecret = mightContainSecret;
            _containsTriggerWord = containsTriggerWord;
        }

        /// <summary>
        /// The whole expression (concatenation included) to fold when <paramref name="expression"/> is the part that
        /// reports it: the first part that passes the filter, so a concatenation is reported once. Null otherwise.
        /// </summary>
        public ExpressionSyntax? WholeToAnalyze(ExpressionSyntax expression)
        {
            if (!HasTrigger(expression))
            {
                return null;
            }

            var whole = StringExpressions.GetOutermost(expression);
            return whole == expression || IsFirstTriggerLeaf(whole, expression) ? whole : null;
        }

        private bool HasTrigger(ExpressionSyntax expression)
        {
            if (expression is LiteralExpressionSyntax literal)
            {
                // A part of a concatenation may be as short as ";AccountKey=": only the whole has to be long.
                return expression.Parent is BinaryExpressionSyntax or ParenthesizedExpressionSyntax
                    ? _containsTriggerWord(literal.Token.ValueText)
                    : _mightContainSecret(literal.Token.ValueText);
            }

            if (expression is InterpolatedStringExpressionSyntax interpolated)
            {
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text && _containsTriggerWord(text.TextToken.ValueText))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool IsFirstTriggerLeaf(ExpressionSyntax whole, ExpressionSyntax expression)
        {
            foreach (var leaf in StringExpressions.GetConcatenationLeaves(whole))
            {
                if (leaf is LiteralExpressionSyntax literal ? _containsTriggerWord(literal.Token.ValueText) : HasTrigger(leaf))
                {
                    return leaf == expression;
                }
            }

            return false;
        }

        /// <summary>
        /// The argument that binds to a <c>string</c> parameter named one of <paramref name="names"/>, following
        /// named arguments; null when there is none.
        /// </summary>
        public static ArgumentSyntax? FindStringArgument(ArgumentListSyntax arguments, IMethodSymbol method, params string[] names)
        {
            for (var i = 0; i < arguments.Arguments.Count; i++)
            {
                var argument = arguments.Arguments[i];
                IParameterSymbol? parameter = null;
                if (argument.NameColon is { } nameColon)
                {
                    foreach (var candidate in method.Parameters)
                    {
                        if (candidate.Name == nameColon.Name.Identifier.ValueText)
                        {
                            parameter = candidate;
                        }
                    }
                }
                else if (i < method.Parameters.Length)
                {
                    parameter = method.Parameters[i];
                }

                if (parameter is not null && Array.IndexOf(names, parameter.Name) >= 0 && parameter.Type.SpecialType == SpecialType.System_String)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>The simple name of the type an object creation names (<c>new A.B.C()</c>: <c>C</c>); null for <c>new(...)</c>.</summary>
        public static string? CreatedTypeName(BaseObjectCreationExpressionSyntax creation) =>
            creation is ObjectCreationExpressionSyntax { Type: var type }
                ? type switch
                {
                    QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                    _ => string.Empty,
                }
                : null;
    }
}
