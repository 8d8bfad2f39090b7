using System.Globalization;
using System.Text;

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
                    case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) && IsStringLiteralOrConcatenation(coalesce.Right):
                        // configuration["Key"] ?? "literal": the literal is the value whenever the setting is absent.
                        stack.Push((coalesce.Right, depth));
                        break;
                    case InvocationExpressionSyntax invocation when IsFormatCall(invocation):
                        PushFormatted(stack, invocation, depth);
                        break;
                    case InvocationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments } call when StringMethod(call) == "Concat":
                        for (var i = arguments.Count - 1; i >= 0; i--)
                        {
                            stack.Push((arguments[i].Expression, depth));
                        }
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

        // string.Format / String.Format / System.String.Format with a literal format and no provider argument.
        private static bool IsFormatCall(InvocationExpressionSyntax invocation) =>
            invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Format" } access
            && access.Expression is PredefinedTypeSyntax { Keyword.ValueText: "string" } or IdentifierNameSyntax { Identifier.ValueText: "String" }
                or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "String" }
            && invocation.ArgumentList.Arguments.Count >= 2
            && invocation.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax format
            && format.IsKind(SyntaxKind.StringLiteralExpression);

        private static bool IsStringLiteralOrConcatenation(ExpressionSyntax expression) =>
            expression is LiteralExpressionSyntax literal ? literal.IsKind(SyntaxKind.StringLiteralExpression)
            : expression is InterpolatedStringExpressionSyntax
                || (expression is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression));

        /// <summary>Pushes the parts of a formatted string: the text between placeholders, and each <c>{n}</c>'s argument (a hole when it has a format or alignment).</summary>
        private static void PushFormatted(Stack<(SyntaxNode Node, int Depth)> stack, InvocationExpressionSyntax invocation, int depth)
        {
            var arguments = invocation.ArgumentList.Arguments;
            var format = ((LiteralExpressionSyntax)arguments[0].Expression).Token.ValueText;
            var parts = new List<SyntaxNode>();
            var text = new StringBuilder();
            for (var i = 0; i < format.Length; i++)
            {
                var c = format[i];
                if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
                {
                    text.Append(c);
                    i++;
                    continue;
                }

                var close = c == '{' ? format.IndexOf('}', i + 1) : -1;
                if (close < 0)
                {
                    text.Append(c);
                    continue;
                }

                parts.Add(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text.ToString())));
                text.Clear();
                var placeholder = format.Substring(i + 1, close - i - 1);
                parts.Add(int.TryParse(placeholder, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index + 1 < arguments.Count
                    ? arguments[index + 1].Expression
                    : SyntaxFactory.IdentifierName("__hole"));
                i = close;
            }

            parts.Add(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text.ToString())));
            for (var i = parts.Count - 1; i >= 0; i--)
            {
                stack.Push((parts[i], depth));
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
