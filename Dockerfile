# Multi-stage build: the SDK image compiles, the ASP.NET runtime image runs as the non-root "app" user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt ./
COPY src/AlertRouter/AlertRouter.csproj src/AlertRouter/
RUN dotnet restore src/AlertRouter/AlertRouter.csproj
COPY src/ src/
RUN dotnet publish src/AlertRouter/AlertRouter.csproj --configuration Release --no-restore --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
COPY routes/ ./routes/
COPY rules/ ./rules/
RUN mkdir -p /app/data && chown app:app /app/data
USER app
ENV AlertRouter__ApiUrl=http://0.0.0.0:8080 \
    AlertRouter__OpsUrl=http://0.0.0.0:9095 \
    AlertRouter__Sqlite__Path=/app/data/alertrouter.db
VOLUME ["/app/data"]
EXPOSE 8080 9095
HEALTHCHECK --interval=15s --timeout=5s --retries=3 CMD ["dotnet", "AlertRouter.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "AlertRouter.dll"]
CMD ["serve"]
