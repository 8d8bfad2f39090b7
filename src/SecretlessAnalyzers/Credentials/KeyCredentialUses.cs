using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Credentials
{
    /// <summary>
    /// Where a key credential object goes: the client constructor arguments it is passed as, directly or through a
    /// local or private field of the same file. Shared by SL1006's analyzer (to name the client and check its token
    /// overload) and its fix (to rewrite every use).
    /// </summary>
    public static class KeyCredentialUses
    {
        /// <summary>
        /// The arguments of client constructions that receive <paramref name="credential"/>; null when it is used
        /// anywhere else (a method argument, a return value, a member access...), so the fix leaves it alone.
        /// </summary>
        public static List<ArgumentSyntax>? Find(ExpressionSyntax credential, SemanticModel semanticModel, CancellationToken cancellationToken, out VariableDeclaratorSyntax? declarator)
        {
            declarator = null;
            var value = CandidateSyntax.WalkUpParentheses(credential);
            if (value.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax } } direct)
            {
                return new List<ArgumentSyntax> { direct };
            }

            if (value.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable })
            {
                return null;
            }

            declarator = variable;
            var symbol = semanticModel.GetDeclaredSymbol(variable, cancellationToken);
            SyntaxNode? scope = symbol switch
            {
                ILocalSymbol => variable.FirstAncestorOrSelf<BlockSyntax>() ?? (SyntaxNode?)variable.FirstAncestorOrSelf<MemberDeclarationSyntax>(),
                IFieldSymbol { DeclaredAccessibility: Accessibility.Private } => variable.FirstAncestorOrSelf<TypeDeclarationSyntax>(),
                _ => null,
            };
            if (scope is null)
            {
                return null;
            }

            var uses = new List<ArgumentSyntax>();
            var name = variable.Identifier.ValueText;
            foreach (var identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (identifier.Identifier.ValueText != name
                    || !SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol, symbol))
                {
                    continue;
                }

                var reference = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier && access.Expression.IsKind(SyntaxKind.ThisExpression)
                    ? (ExpressionSyntax)access
                    : identifier;
                if (reference.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax } } use)
                {
                    return null;
                }

                uses.Add(use);
            }

            return uses.Count > 0 ? uses : null;
        }

        /// <summary>
        /// Whether <paramref name="client"/> still binds, to a constructor taking a token credential, once
        /// <paramref name="use"/> is replaced by <paramref name="replacement"/>: overload resolution decides, so
        /// clients this package has never heard of are handled too.
        /// </summary>
        public static bool BindsToTokenOverload(BaseObjectCreationExpressionSyntax client, ArgumentSyntax use, ExpressionSyntax replacement, SemanticModel semanticModel, INamedTypeSymbol tokenCredential, CancellationToken cancellationToken)
        {
            ExpressionSyntax rewritten = client.ReplaceNode(use.Expression, replacement.WithTriviaFrom(use.Expression));
            var symbol = SpeculativeBinding.SymbolInfo(semanticModel, client, rewritten, cancellationToken).Symbol;
            return symbol is IMethodSymbol method
                && method.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type, tokenCredential));
        }
    }
}
