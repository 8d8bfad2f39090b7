namespace SecretlessAnalyzers.Identity
{
    /// <summary>
    /// Decides whether code runs only outside production: in a test project, in a branch taken only when the host
    /// environment is Development (or is not Production), or in an <c>#if DEBUG</c> block. Syntax only, no binding:
    /// a method named <c>IsDevelopment</c> is taken at its word.
    /// </summary>
    internal static class DevelopmentOnlyCode
    {
        // Conditions deeper than this are not followed: such code is not an environment check.
        private const int MaxConditionDepth = 16;

        /// <summary>Whether <paramref name="node"/> sits in a branch or <c>#if</c> block that production never runs.</summary>
        public static bool Contains(SyntaxNode node)
        {
            return IsInDevelopmentBranch(node) || IsInDebugOnlyBlock(node);
        }

        private static bool IsInDevelopmentBranch(SyntaxNode node)
        {
            var child = node;
            for (var parent = node.Parent; parent is not null && parent is not MemberDeclarationSyntax; child = parent, parent = parent.Parent)
            {
                switch (parent)
                {
                    case IfStatementSyntax ifStatement when ifStatement.Statement == child:
                        if (Implies(ifStatement.Condition, true, EnvironmentTest, 0))
                        {
                            return true;
                        }

                        break;
                    case ElseClauseSyntax { Parent: IfStatementSyntax elseOf }:
                        if (Implies(elseOf.Condition, false, EnvironmentTest, 0))
                        {
                            return true;
                        }

                        break;
                    case ConditionalExpressionSyntax conditional when conditional.WhenTrue == child:
                        if (Implies(conditional.Condition, true, EnvironmentTest, 0))
                        {
                            return true;
                        }

                        break;
                    case ConditionalExpressionSyntax conditional when conditional.WhenFalse == child:
                        if (Implies(conditional.Condition, false, EnvironmentTest, 0))
                        {
                            return true;
                        }

                        break;
                }
            }

            return false;
        }

        /// <summary>
        /// Walks the file's <c>#if</c> / <c>#elif</c> / <c>#else</c> / <c>#endif</c> directives before the node and keeps,
        /// for each open block, whether being inside it means <c>DEBUG</c> is defined.
        /// </summary>
        private static bool IsInDebugOnlyBlock(SyntaxNode node)
        {
            var root = node.SyntaxTree.GetRoot();
            if (!root.ContainsDirectives)
            {
                return false;
            }

            // Per open #if: whether the current branch implies DEBUG, and whether an earlier branch's condition was
            // "not DEBUG" (then every later branch of the same #if runs only with DEBUG).
            var open = new List<(bool Debug, bool EarlierExcludedDebug)>();
            for (var directive = root.GetFirstDirective(); directive is not null && directive.SpanStart < node.SpanStart; directive = directive.GetNextDirective())
            {
                switch (directive)
                {
                    case IfDirectiveTriviaSyntax ifDirective:
                        open.Add((Implies(ifDirective.Condition, true, DebugSymbol, 0), Implies(ifDirective.Condition, false, DebugSymbol, 0)));
                        break;
                    case ElifDirectiveTriviaSyntax elif when open.Count > 0:
                        var previous = open[open.Count - 1];
                        open[open.Count - 1] = (
                            previous.EarlierExcludedDebug || Implies(elif.Condition, true, DebugSymbol, 0),
                            previous.EarlierExcludedDebug || Implies(elif.Condition, false, DebugSymbol, 0));
                        break;
                    case ElseDirectiveTriviaSyntax when open.Count > 0:
                        var last = open[open.Count - 1];
                        open[open.Count - 1] = (last.EarlierExcludedDebug, last.EarlierExcludedDebug);
                        break;
                    case EndIfDirectiveTriviaSyntax when open.Count > 0:
                        open.RemoveAt(open.Count - 1);
                        break;
                }
            }

            foreach (var block in open)
            {
                if (block.Debug)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether <paramref name="condition"/> having the value <paramref name="value"/> implies the target (outside
        /// production, or DEBUG defined). <paramref name="leaf"/> says +1 when a true leaf implies it, -1 when a false
        /// leaf implies it, 0 otherwise.
        /// </summary>
        private static bool Implies(ExpressionSyntax condition, bool value, Func<ExpressionSyntax, int> leaf, int depth)
        {
            if (depth > MaxConditionDepth)
            {
                return false;
            }

            switch (condition)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    return Implies(parenthesized.Expression, value, leaf, depth + 1);
                case PrefixUnaryExpressionSyntax negation when negation.IsKind(SyntaxKind.LogicalNotExpression):
                    return Implies(negation.Operand, !value, leaf, depth + 1);
                case BinaryExpressionSyntax both when both.IsKind(SyntaxKind.LogicalAndExpression):
                    // a && b true: both hold, so either one is enough; false: one failed, so both must imply it.
                    return value
                        ? Implies(both.Left, true, leaf, depth + 1) || Implies(both.Right, true, leaf, depth + 1)
                        : Implies(both.Left, false, leaf, depth + 1) && Implies(both.Right, false, leaf, depth + 1);
                case BinaryExpressionSyntax either when either.IsKind(SyntaxKind.LogicalOrExpression):
                    return value
                        ? Implies(either.Left, true, leaf, depth + 1) && Implies(either.Right, true, leaf, depth + 1)
                        : Implies(either.Left, false, leaf, depth + 1) || Implies(either.Right, false, leaf, depth + 1);
                default:
                    var sense = leaf(condition);
                    return value ? sense > 0 : sense < 0;
            }
        }

        /// <summary>
        /// +1 for <c>IsDevelopment()</c>, <c>IsEnvironment("Development")</c>, <c>EnvironmentName == "Development"</c>;
        /// -1 for <c>IsProduction()</c>, <c>IsEnvironment("Production")</c>, <c>EnvironmentName == "Production"</c>
        /// (false means not production); 0 for anything else.
        /// </summary>
        private static int EnvironmentTest(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case InvocationExpressionSyntax invocation:
                    var name = invocation.Expression switch
                    {
                        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                        _ => null,
                    };
                    return name switch
                    {
                        "IsDevelopment" => 1,
                        "IsProduction" => -1,
                        "IsEnvironment" when invocation.ArgumentList.Arguments.Count == 1 => EnvironmentName(invocation.ArgumentList.Arguments[0].Expression),
                        _ => 0,
                    };
                case BinaryExpressionSyntax equals when equals.IsKind(SyntaxKind.EqualsExpression):
                    return EnvironmentName(equals.Left) + EnvironmentName(equals.Right);
                case BinaryExpressionSyntax notEquals when notEquals.IsKind(SyntaxKind.NotEqualsExpression):
                    return -(EnvironmentName(notEquals.Left) + EnvironmentName(notEquals.Right));
                default:
                    return 0;
            }
        }

        /// <summary>+1 for <c>"Development"</c> / <c>Environments.Development</c>, -1 for Production, 0 otherwise.</summary>
        private static int EnvironmentName(ExpressionSyntax expression)
        {
            var text = expression switch
            {
                LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
                MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Environments" } } member => member.Name.Identifier.ValueText,
                _ => null,
            };
            if (string.Equals(text, "Development", StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }

            return string.Equals(text, "Production", StringComparison.OrdinalIgnoreCase) ? -1 : 0;
        }

        private static int DebugSymbol(ExpressionSyntax expression) =>
            expression is IdentifierNameSyntax { Identifier.ValueText: "DEBUG" } ? 1 : 0;
    }
}
