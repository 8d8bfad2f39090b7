using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretlessAnalyzers.Common
{
    /// <summary>What the code does with a client: the methods called on it and on the clients derived from it, or why that is unknown.</summary>
    public sealed class ClientUsage
    {
        private ClientUsage(IReadOnlyCollection<string> operations, string? escapeReason)
        {
            Operations = operations;
            EscapeReason = escapeReason;
        }

        /// <summary>Method names called on the client and its derived clients, sorted, each once.</summary>
        public IReadOnlyCollection<string> Operations { get; }

        /// <summary>Why the uses are not all known (returned, passed, stored where others see it), or null.</summary>
        public string? EscapeReason { get; }

        /// <summary>Methods that hand out a client for a part of the service; what is called on their result counts too.</summary>
        private static readonly HashSet<string> DerivedClientGetters = new HashSet<string>(StringComparer.Ordinal)
        {
            "GetBlobContainerClient", "GetBlobClient", "GetBlockBlobClient", "GetAppendBlobClient", "GetPageBlobClient", "GetBlobBaseClient",
            "GetBlobLeaseClient", "GetQueueClient", "GetTableClient", "GetShareClient", "GetDirectoryClient", "GetSubdirectoryClient",
            "GetFileClient", "GetRootDirectoryClient", "GetFileSystemClient",
            "CreateSender", "CreateReceiver", "CreateProcessor", "CreateSessionProcessor", "CreateRuleManager",
            "GetContainer", "GetDatabase",
            "GetSearchClient",
            "CreateCommand", "CreateBatch", "CreateConnection", "OpenConnection", "OpenConnectionAsync", "Build",
        };

        public static bool IsDerivedClientGetter(string name) => DerivedClientGetters.Contains(name);

        // Bounds: a client and its derived clients are a handful of variables.
        private const int MaxVariables = 16;

        /// <summary>
        /// Follows the client <paramref name="creation"/> produces within its syntax tree: the variable it is stored in
        /// (a local, or a private field or property of the enclosing type), the methods called on that variable, and the
        /// same for every client derived from it. A client returned, passed to a method, copied, or stored where other
        /// code can read it escapes.
        /// </summary>
        public static ClientUsage Of(ExpressionSyntax creation, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var operations = new SortedSet<string>(StringComparer.Ordinal);
            var pending = new Queue<ExpressionSyntax>();
            pending.Enqueue(creation);
            var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var steps = 0;
            while (pending.Count > 0)
            {
                if (++steps > MaxVariables)
                {
                    return new ClientUsage(operations, "its uses are too many to follow");
                }

                var value = pending.Dequeue();
                var escape = FollowValue(value, semanticModel, operations, pending, seen, cancellationToken);
                if (escape is not null)
                {
                    return new ClientUsage(operations, escape);
                }
            }

            return new ClientUsage(operations, null);
        }

        /// <summary>Where one client value goes; null when every use is followed.</summary>
        private static string? FollowValue(
            ExpressionSyntax value,
            SemanticModel semanticModel,
            SortedSet<string> operations,
            Queue<ExpressionSyntax> pending,
            HashSet<ISymbol> seen,
            CancellationToken cancellationToken)
        {
            var node = (SyntaxNode)value;
            while (node.Parent is ParenthesizedExpressionSyntax or AwaitExpressionSyntax)
            {
                node = node.Parent;
            }

            switch (node.Parent)
            {
                case MemberAccessExpressionSyntax access when access.Expression == node:
                    return FollowMember(access, operations, pending);
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    return FollowVariable(semanticModel.GetDeclaredSymbol(property, cancellationToken), semanticModel, operations, pending, seen, cancellationToken);
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                    return FollowVariable(semanticModel.GetDeclaredSymbol(declarator, cancellationToken), semanticModel, operations, pending, seen, cancellationToken);
                case AssignmentExpressionSyntax assignment when assignment.Right == node && IsCommandConnection(assignment.Left, semanticModel, cancellationToken):
                    return FollowCommandOf(assignment, semanticModel, operations, pending, seen, cancellationToken);
                case AssignmentExpressionSyntax assignment when assignment.Right == node && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    return FollowVariable(semanticModel.GetSymbolInfo(assignment.Left, cancellationToken).Symbol, semanticModel, operations, pending, seen, cancellationToken);
                case PropertyDeclarationSyntax or ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax }:
                    return FollowVariable(semanticModel.GetDeclaredSymbol(node.FirstAncestorOrSelf<PropertyDeclarationSyntax>()!, cancellationToken), semanticModel, operations, pending, seen, cancellationToken);
                case ReturnStatementSyntax or ArrowExpressionClauseSyntax:
                    return "the client is returned";
                case ArgumentSyntax argument when CommandCreatedWith(argument, semanticModel, cancellationToken) is { } command:
                    pending.Enqueue(command);
                    return null;
                case ArgumentSyntax:
                    return "the client is passed to other code";
                case ExpressionStatementSyntax:
                    return null;
                default:
                    return "the client is used in a way the analysis does not follow";
            }
        }

        /// <summary>
        /// <c>new SqlCommand(text, connection)</c>, <c>new NpgsqlBatch(connection)</c>: a database connection given as
        /// the connection of a command is used through that command, which is followed like a derived client.
        /// </summary>
        private static ExpressionSyntax? CommandCreatedWith(ArgumentSyntax argument, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (argument.Parent is not ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } list
                || semanticModel.GetSymbolInfo(creation, cancellationToken).Symbol is not IMethodSymbol constructor
                || !IsCommandType(constructor.ContainingType))
            {
                return null;
            }

            var index = list.Arguments.IndexOf(argument);
            var parameter = argument.NameColon is { } name
                ? constructor.Parameters.FirstOrDefault(p => p.Name == name.Name.Identifier.ValueText)
                : index < constructor.Parameters.Length ? constructor.Parameters[index] : null;
            return parameter?.Name == "connection" ? creation : null;
        }

        // command.Connection = connection, or new SqlCommand { Connection = connection }.
        private static bool IsCommandConnection(ExpressionSyntax target, SemanticModel semanticModel, CancellationToken cancellationToken) =>
            target is IdentifierNameSyntax { Identifier.ValueText: "Connection" } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Connection" }
            && semanticModel.GetSymbolInfo(target, cancellationToken).Symbol is IPropertySymbol property
            && IsCommandType(property.ContainingType);

        private static string? FollowCommandOf(
            AssignmentExpressionSyntax assignment,
            SemanticModel semanticModel,
            SortedSet<string> operations,
            Queue<ExpressionSyntax> pending,
            HashSet<ISymbol> seen,
            CancellationToken cancellationToken)
        {
            if (assignment.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation })
            {
                pending.Enqueue(creation);
                return null;
            }

            return assignment.Left is MemberAccessExpressionSyntax access
                ? FollowVariable(semanticModel.GetSymbolInfo(access.Expression, cancellationToken).Symbol, semanticModel, operations, pending, seen, cancellationToken)
                : "the client is stored where the analysis cannot follow it";
        }

        // ADO.NET commands and batches (SqlCommand, NpgsqlCommand, NpgsqlBatch, MySqlCommand...).
        private static bool IsCommandType(INamedTypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (current.Name is "DbCommand" or "DbBatch" && current.ContainingNamespace?.ToDisplayString() == "System.Data.Common")
                {
                    return true;
                }
            }

            return false;
        }

        private static string? FollowMember(MemberAccessExpressionSyntax access, SortedSet<string> operations, Queue<ExpressionSyntax> pending)
        {
            if (access.Parent is not InvocationExpressionSyntax invocation || invocation.Expression != access)
            {
                // A property read (Uri, AccountName, Name...) does not touch data.
                return null;
            }

            var name = access.Name.Identifier.ValueText;
            operations.Add(name);
            if (IsDerivedClientGetter(name))
            {
                pending.Enqueue(invocation);
            }

            return null;
        }

        private static string? FollowVariable(
            ISymbol? variable,
            SemanticModel semanticModel,
            SortedSet<string> operations,
            Queue<ExpressionSyntax> pending,
            HashSet<ISymbol> seen,
            CancellationToken cancellationToken)
        {
            if (variable is null || !seen.Add(variable))
            {
                return variable is null ? "the client is stored where the analysis cannot follow it" : null;
            }

            if (variable is IFieldSymbol or IPropertySymbol && variable.DeclaredAccessibility != Accessibility.Private)
            {
                return "the client is stored in a non-private " + (variable is IFieldSymbol ? "field" : "property") + " '" + variable.Name + "'";
            }

            if (variable is not (ILocalSymbol or IFieldSymbol or IPropertySymbol) || variable.DeclaringSyntaxReferences.Length != 1)
            {
                return "the client is stored where the analysis cannot follow it";
            }

            var declaration = variable.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
            if (declaration.SyntaxTree != semanticModel.SyntaxTree)
            {
                return "the client is declared in another file";
            }

            // A local is used in its member, a private field or property anywhere in its type (partial parts in other files are not seen).
            var scope = variable is ILocalSymbol
                ? declaration.Ancestors().FirstOrDefault(a => a is MemberDeclarationSyntax and not GlobalStatementSyntax) ?? declaration.FirstAncestorOrSelf<CompilationUnitSyntax>()
                : declaration.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            if (scope is null)
            {
                return "the client is stored where the analysis cannot follow it";
            }

            if (variable is not ILocalSymbol && variable.ContainingType?.DeclaringSyntaxReferences.Length > 1)
            {
                return "the client is stored in a field of a partial type";
            }

            foreach (var identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (identifier.Identifier.ValueText != variable.Name
                    || !SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol, variable))
                {
                    continue;
                }

                var reference = identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } self && self.Name == identifier
                    ? (ExpressionSyntax)self
                    : identifier;
                if (reference.Parent is AssignmentExpressionSyntax assignment && assignment.Left == reference)
                {
                    // A write: the value assigned is followed where it is created.
                    continue;
                }

                var escape = FollowValue(reference, semanticModel, operations, pending, seen, cancellationToken);
                if (escape is not null)
                {
                    return escape;
                }
            }

            return null;
        }
    }
}
