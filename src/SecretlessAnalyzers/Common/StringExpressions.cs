using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// Computes the value of string expressions built from literals: concatenation, interpolation of constant parts,
    /// constants, static readonly fields and locals initialised from literals. Everything is iterative with explicit
    /// budgets, so a constant made of 50,000 parts cannot overflow the stack and a huge literal costs linear time.
    /// </summary>
    public static class StringExpressions
    {
        /// <summary>The largest value folded; beyond it the expression is treated as unknown.</summary>
        private const int MaxFoldedLength = 4 * 1024 * 1024;

        /// <summary>How many declarations deep a value is followed (const A = B + C; const B = ...).</summary>
        private const int MaxDeclarationDepth = 4;

        private const int MaxParts = 200_000;

        /// <summary>
        /// Semantic look-ups per fold. A look-up deep inside a huge expression costs time proportional to its depth,
        /// so an unbounded number of them makes a 50,000-part run-time concatenation quadratic. Real connection strings
        /// have a handful of named parts; past the budget, parts count as run-time values.
        /// </summary>
        private const int MaxSemanticLookups = 32;

        /// <summary>
        /// Walks up from a string expression through parentheses, concatenation and the arguments of
        /// <c>string.Concat</c> / <c>string.Format</c> to the whole expression.
        /// </summary>
        public static ExpressionSyntax GetOutermost(ExpressionSyntax expression)
        {
            var current = expression;
            while (true)
            {
                if (current.Parent is ExpressionSyntax parent
                    && (parent.IsKind(SyntaxKind.ParenthesizedExpression) || parent.IsKind(SyntaxKind.AddExpression)))
                {
                    current = parent;
                }
                else if (current.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } && StringMethod(call) is not null)
                {
                    current = call;
                }
                else
                {
                    return current;
                }
            }
        }

        /// <summary>The leaves of a concatenation, left to right, parentheses looked through (iterative).</summary>
        public static List<ExpressionSyntax> GetConcatenationLeaves(ExpressionSyntax root)
        {
            var leaves = new List<ExpressionSyntax>();
            var stack = new Stack<ExpressionSyntax>();
            stack.Push(root);
            while (stack.Count > 0 && leaves.Count < MaxParts)
            {
                switch (stack.Pop())
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        stack.Push(parenthesized.Expression);
                        break;
                    case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                        stack.Push(binary.Right);
                        stack.Push(binary.Left);
                        break;
                    case var leaf:
                        leaves.Add(leaf);
                        break;
                }
            }

            return leaves;
        }

        /// <summary>
        /// The fallback of <c>value ?? "fallback"</c> (through parentheses), the value the code runs with when a read
        /// finds nothing: a secret there is in the code. Null for any other expression.
        /// </summary>
        public static ExpressionSyntax? CoalesceFallback(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            if (expression is not BinaryExpressionSyntax coalesce || !coalesce.IsKind(SyntaxKind.CoalesceExpression))
            {
                return null;
            }

            var fallback = coalesce.Right;
            while (fallback is ParenthesizedExpressionSyntax inner)
            {
                fallback = inner.Expression;
            }

            return fallback;
        }

        /// <summary>
        /// The string value of <paramref name="expression"/>, with <see cref="FoldedString.Hole"/> for each part only
        /// known at run time; null when the expression is too large to fold.
        /// </summary>
        public static string? Fold(ExpressionSyntax expression, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            // A constant expression is folded by the compiler already.
            var constant = semanticModel.GetConstantValue(expression, cancellationToken);
            if (constant.HasValue && constant.Value is string constantText)
            {
                return constantText;
            }

            var builder = new StringBuilder();
            var stack = new Stack<(SyntaxNode Node, int Depth)>();
            stack.Push((expression, 0));
            var parts = 0;
            var lookups = 0;
            while (stack.Count > 0)
            {
                if (++parts > MaxParts || builder.Length > MaxFoldedLength)
                {
                    return null;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var (node, depth) = stack.Pop();
                switch (node)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        stack.Push((parenthesized.Expression, depth));
                        break;
                    case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                        stack.Push((binary.Right, depth));
                        stack.Push((binary.Left, depth));
                        break;
                    case LiteralExpressionSyntax literal:
                        AppendLiteral(builder, literal);
                        break;
                    case InterpolatedStringExpressionSyntax interpolated:
                        for (var i = interpolated.Contents.Count - 1; i >= 0; i--)
                        {
                            stack.Push((interpolated.Contents[i], depth));
                        }

                        break;
                    case InterpolatedStringTextSyntax text:
                        builder.Append(text.TextToken.ValueText);
                        break;
                    case InterpolationSyntax interpolation:
                        if (interpolation.AlignmentClause is null && interpolation.FormatClause is null)
                        {
                            stack.Push((interpolation.Expression, depth));
                        }
                        else
                        {
                            builder.Append(FoldedString.Hole);
                        }

                        break;
                    case InvocationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments } call when StringMethod(call) == "Concat":
                        for (var i = arguments.Count - 1; i >= 0; i--)
                        {
                            stack.Push((arguments[i].Expression, depth));
                        }

                        break;
                    case InvocationExpressionSyntax call when StringMethod(call) == "Format" && depth < MaxDeclarationDepth:
                        AppendFormat(builder, call, depth, semanticModel, cancellationToken);
                        break;
                    case ExpressionSyntax other when ++lookups <= MaxSemanticLookups:
                        AppendOther(builder, stack, other, depth, semanticModel, cancellationToken);
                        break;
                    default:
                        builder.Append(FoldedString.Hole);
                        break;
                }
            }

            return builder.ToString();
        }

        /// <summary><c>Concat</c> or <c>Format</c> for <c>string.Concat(...)</c> / <c>String.Format(...)</c>; null otherwise (syntax only).</summary>
        internal static string? StringMethod(InvocationExpressionSyntax call) =>
            call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name and ("Concat" or "Format"), Expression: var receiver }
            && (receiver is PredefinedTypeSyntax { Keyword.ValueText: "string" }
                || receiver is IdentifierNameSyntax { Identifier.ValueText: "String" }
                || receiver is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "String", Expression: IdentifierNameSyntax { Identifier.ValueText: "System" } })
                ? name
                : null;

        /// <summary>
        /// <c>string.Format("A={0};B={1}", a, b)</c> with a literal format and plain <c>{n}</c> items: the format's text
        /// with each item folded in its place; a hole for anything else.
        /// </summary>
        private static void AppendFormat(StringBuilder builder, InvocationExpressionSyntax call, int depth, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var arguments = call.ArgumentList.Arguments;
            if (arguments.Count == 0 || arguments[0].Expression is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } format)
            {
                builder.Append(FoldedString.Hole);
                return;
            }

            var text = format.Token.ValueText;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '{' && i + 1 < text.Length && text[i + 1] == '{' || c == '}' && i + 1 < text.Length && text[i + 1] == '}')
                {
                    builder.Append(c);
                    i++;
                    continue;
                }

                if (c != '{')
                {
                    builder.Append(c);
                    continue;
                }

                var close = text.IndexOf('}', i);
                if (close < 0 || !int.TryParse(text.Substring(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index + 1 >= arguments.Count)
                {
                    builder.Append(FoldedString.Hole);
                    return;
                }

                var item = Fold(arguments[index + 1].Expression, semanticModel, cancellationToken);
                builder.Append(item ?? FoldedString.Hole.ToString());
                i = close;
            }
        }

        private static void AppendLiteral(StringBuilder builder, LiteralExpressionSyntax literal)
        {
            switch (literal.Kind())
            {
                case SyntaxKind.StringLiteralExpression:
                case SyntaxKind.Utf8StringLiteralExpression:
                case SyntaxKind.CharacterLiteralExpression:
                    builder.Append(literal.Token.ValueText);
                    break;
                case SyntaxKind.NumericLiteralExpression:
                    builder.Append(System.Convert.ToString(literal.Token.Value, CultureInfo.InvariantCulture));
                    break;
                case SyntaxKind.NullLiteralExpression:
                    break;
                default:
                    builder.Append(literal.Token.ValueText);
                    break;
            }
        }

        private static void AppendOther(
            StringBuilder builder,
            Stack<(SyntaxNode Node, int Depth)> stack,
            ExpressionSyntax expression,
            int depth,
            SemanticModel semanticModel,
            CancellationToken cancellationToken)
        {
            // Only expressions of this tree can be bound with this semantic model.
            if (expression.SyntaxTree == semanticModel.SyntaxTree)
            {
                var constant = semanticModel.GetConstantValue(expression, cancellationToken);
                if (constant.HasValue)
                {
                    builder.Append(System.Convert.ToString(constant.Value, CultureInfo.InvariantCulture));
                    return;
                }

                if (depth < MaxDeclarationDepth && TryGetInitializer(expression, semanticModel, cancellationToken, out var initializer))
                {
                    stack.Push((initializer, depth + 1));
                    return;
                }
            }

            builder.Append(FoldedString.Hole);
        }

        /// <summary>
        /// The initializer of a static readonly field, readonly field or local that <paramref name="expression"/>
        /// names, when it is declared in the same syntax tree (a semantic model only binds its own tree).
        /// </summary>
        public static bool TryGetInitializer(
            ExpressionSyntax expression,
            SemanticModel semanticModel,
            CancellationToken cancellationToken,
            out ExpressionSyntax initializer)
        {
            initializer = null!;
            if (expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax))
            {
                return false;
            }

            var symbol = semanticModel.GetSymbolInfo(expression, cancellationToken).Symbol;
            var isCandidate = symbol switch
            {
                IFieldSymbol field => field.IsReadOnly || field.IsConst,
                ILocalSymbol => true,
                _ => false,
            };
            if (!isCandidate || symbol!.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            var reference = symbol.DeclaringSyntaxReferences[0];
            if (reference.SyntaxTree != semanticModel.SyntaxTree
                || reference.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } value })
            {
                return false;
            }

            initializer = value;
            return true;
        }
    }
}
