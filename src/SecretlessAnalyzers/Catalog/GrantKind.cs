#nullable enable

namespace SecretlessAnalyzers.Catalog
{
    /// <summary>How a managed identity is given a role on a service: each kind has its own command or statement.</summary>
    public enum GrantKind
    {
        /// <summary><c>az role assignment create --role "..." --scope ...</c> (Storage, Service Bus, Event Hubs, Key Vault...).</summary>
        AzureRbacRoleAssignment,

        /// <summary><c>az cosmosdb sql role assignment create</c>: Cosmos DB data-plane roles are not Azure RBAC roles.</summary>
        CosmosDataPlaneRoleAssignment,

        /// <summary><c>az redis access-policy-assignment create</c>: Redis data access policies.</summary>
        RedisAccessPolicyAssignment,

        /// <summary>T-SQL: <c>CREATE USER [identity] FROM EXTERNAL PROVIDER; ALTER ROLE db_datareader ADD MEMBER [identity];</c></summary>
        SqlContainedUser,

        /// <summary>PostgreSQL: <c>pgaadauth_create_principal('identity', false, false)</c>, then <c>GRANT</c> on the tables.</summary>
        PostgreSqlEntraPrincipal,

        /// <summary>MySQL: <c>CREATE AADUSER 'identity'</c>, then <c>GRANT</c> on the tables.</summary>
        MySqlEntraPrincipal,

        /// <summary>A client secret of an app registration: carry the application's current role assignments over to the identity.</summary>
        EntraAppRoleCarryOver,
    }
}
