using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// Binds a rewritten expression in the place of the original one. A target-typed <c>new(...)</c> has no type of its
    /// own outside its target, so it is bound as <c>new T(...)</c> with the type the original creation had: every rule
    /// and fix treats <c>new(...)</c> like <c>new T(...)</c> through this one place.
    /// </summary>
    public static class SpeculativeBinding
    {
        public static SymbolInfo SymbolInfo(SemanticModel semanticModel, ExpressionSyntax original, ExpressionSyntax rewritten, CancellationToken cancellationToken = default) =>
            semanticModel.GetSpeculativeSymbolInfo(original.SpanStart, Bindable(semanticModel, original, rewritten, cancellationToken), SpeculativeBindingOption.BindAsExpression);

        public static TypeInfo TypeInfo(SemanticModel semanticModel, ExpressionSyntax original, ExpressionSyntax rewritten, CancellationToken cancellationToken = default) =>
            semanticModel.GetSpeculativeTypeInfo(original.SpanStart, Bindable(semanticModel, original, rewritten, cancellationToken), SpeculativeBindingOption.BindAsExpression);

        /// <summary><paramref name="rewritten"/>, with the type written out when it is a target-typed <c>new(...)</c>.</summary>
        public static ExpressionSyntax Bindable(SemanticModel semanticModel, ExpressionSyntax original, ExpressionSyntax rewritten, CancellationToken cancellationToken = default)
        {
            if (rewritten is not ImplicitObjectCreationExpressionSyntax implicitCreation)
            {
                return rewritten;
            }

            // The target type: the type of the original creation, or the type it converts to when it did not bind.
            var typeInfo = semanticModel.GetTypeInfo(original, cancellationToken);
            var type = typeInfo.Type is INamedTypeSymbol { TypeKind: not TypeKind.Error } created ? created : typeInfo.ConvertedType as INamedTypeSymbol;
            if (type is null || type.TypeKind == TypeKind.Error)
            {
                return rewritten;
            }

            return SyntaxFactory.ObjectCreationExpression(
                SyntaxFactory.ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)),
                implicitCreation.ArgumentList,
                implicitCreation.Initializer);
        }
    }
}
