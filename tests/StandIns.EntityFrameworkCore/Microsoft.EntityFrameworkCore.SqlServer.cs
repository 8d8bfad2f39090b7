// Stand-in for the public surface of the NuGet package Microsoft.EntityFrameworkCore.SqlServer 10.0: the UseSqlServer /
// UseAzureSql extensions of DbContextOptionsBuilder (src/EFCore.SqlServer/Extensions/SqlServerDbContextOptionsExtensions.cs
// in dotnet/efcore) and AddSqlServer (SqlServerServiceCollectionExtensions.cs), with the real parameter names,
// order, nullability and defaults. Deliberate difference: SqlServerDbContextOptionsBuilder and
// SqlServerDbContextOptionsBuilder's base class (RelationalDbContextOptionsBuilder<,> over an internal options
// extension) are reduced to an empty class. Every body throws.

#nullable enable

namespace Microsoft.EntityFrameworkCore.Infrastructure
{
    public class SqlServerDbContextOptionsBuilder
    {
        public SqlServerDbContextOptionsBuilder(Microsoft.EntityFrameworkCore.DbContextOptionsBuilder optionsBuilder) { }
    }
}

namespace Microsoft.EntityFrameworkCore
{
    public static class SqlServerDbContextOptionsExtensions
    {
        public static Microsoft.EntityFrameworkCore.DbContextOptionsBuilder UseSqlServer(this Microsoft.EntityFrameworkCore.DbContextOptionsBuilder optionsBuilder, System.Action<Microsoft.EntityFrameworkCore.Infrastructure.SqlServerDbContextOptionsBuilder>? sqlServerOptionsAction = null) { throw null!; }
        public static Microsoft.EntityFrameworkCore.DbContextOptionsBuilder UseSqlServer(this Microsoft.EntityFrameworkCore.DbContextOptionsBuilder optionsBuilder, string? connectionString, System.Action<Microsoft.EntityFrameworkCore.Infrastructure.SqlServerDbContextOptionsBuilder>? sqlServerOptionsAction = null) { throw null!; }
        public static Microsoft.EntityFrameworkCore.DbContextOptionsBuilder UseSqlServer(this Microsoft.EntityFrameworkCore.DbContextOptionsBuilder optionsBuilder, System.Data.Common.DbConnection connection, System.Action<Microsoft.EntityFrameworkCore.Infrastructure.SqlServerDbContextOptionsBuilder>? sqlServerOptionsAction = null) { throw null!; }
        public static Microsoft.EntityFrameworkCore.DbContextOptionsBuilder UseSqlServer(this Microsoft.EntityFrameworkCore.DbContextOptionsBuilder optionsBuilder, System.Data.Common.DbConnection connection, bool contextOwnsConnection, System.Action<Microsoft.EntityFrameworkCore.Infrastructure.SqlServerDbContextOptionsBuilder>? sqlServerOptionsAction = null) { throw null!; }
        public static Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<TContext> UseSqlServer<TContext>(this Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<TContext> optionsBuilder, System.Action<Microsoft.EntityFrameworkCore.Infrastructure.SqlServerDbContextOptionsBuilder>? sqlServerOptionsAction = null) where TContext : Microsoft.EntityFrameworkCore.DbContext { throw null!; }
        public static Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<TContext> UseSqlServer<TContext>(this Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<TContext> optionsBuilder, string? connectionString, System.Action<Microsoft.EntityFrameworkCore.Infrastructure.SqlServerDbContextOptionsBuilder>? sqlServerOptionsAction = null) where TContext : Microsoft.EntityFrameworkCore.DbContext { throw null!; }
        public static Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<TContext> UseSqlServer<TContext>(this Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<TContext> optionsBuilder, System.Data.Common.DbConnection connection, System.Action<Microsoft.EntityFrameworkCore.Infrastructure.SqlServerDbContextOptionsBuilder>? sqlServerOptionsAction = null) where TContext : Microsoft.EntityFrameworkCore.DbContext { throw null!; }
        public static Microsoft.EntityFrameworkCore.DbContextOptionsBuilder UseAzureSql(this Microsoft.EntityFrameworkCore.DbContextOptionsBuilder optionsBuilder, string? connectionString, System.Action<Microsoft.EntityFrameworkCore.Infrastructure.SqlServerDbContextOptionsBuilder>? sqlServerOptionsAction = null) { throw null!; }
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public static class SqlServerServiceCollectionExtensions
    {
        public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddSqlServer<TContext>(this Microsoft.Extensions.DependencyInjection.IServiceCollection serviceCollection, string? connectionString, System.Action<Microsoft.EntityFrameworkCore.Infrastructure.SqlServerDbContextOptionsBuilder>? sqlServerOptionsAction = null, System.Action<Microsoft.EntityFrameworkCore.DbContextOptionsBuilder>? optionsAction = null) where TContext : Microsoft.EntityFrameworkCore.DbContext { throw null!; }
    }
}
