{{/* Name of one service's objects: <release>-<service>, e.g. demo-chat. */}}
{{- define "suite.serviceName" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* The release's own objects (ServiceAccount): <release>-assistant-suite, or the release name if it already says so. */}}
{{- define "suite.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/*
  Every label of one object, each key once: the selector labels (name, instance) plus the
  descriptive ones. Context: root, name, and optionally component.
*/}}
{{- define "suite.labels" -}}
{{ include "suite.selectorLabels" . }}
{{- with .component }}
app.kubernetes.io/component: {{ . }}
{{- end }}
app.kubernetes.io/part-of: assistant-suite
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{- define "suite.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* <registry>/<image>:<tag>; global.imageRegistry (parent chart) wins over image.registry. */}}
{{- define "suite.image" -}}
{{- $registry := .root.Values.image.registry -}}
{{- with .root.Values.global }}{{ with .imageRegistry }}{{ $registry = . }}{{ end }}{{ end -}}
{{- printf "%s/%s:%s" $registry .image (default .root.Chart.AppVersion .root.Values.image.tag) -}}
{{- end -}}

{{/* imagePullSecrets of every pod: global's then the chart's, names or {name: ...} alike. */}}
{{- define "suite.imagePullSecrets" -}}
{{- $all := list -}}
{{- with .Values.global }}{{ $all = concat $all (.imagePullSecrets | default list) }}{{ end -}}
{{- $all = concat $all (.Values.imagePullSecrets | default list) -}}
{{- if $all }}
imagePullSecrets:
{{- range $all }}
  - name: {{ if kindIs "string" . }}{{ . | quote }}{{ else }}{{ .name | quote }}{{ end }}
{{- end }}
{{- end }}
{{- end -}}

{{- define "suite.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "suite.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* Restricted pod security: non-root, read-only root file system, no privilege escalation. */}}
{{- define "suite.containerSecurityContext" -}}
runAsNonRoot: true
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* The migrator role of one service (DDL): database.migrator, else the runtime role. */}}
{{- define "suite.migratorUser" -}}
{{- $m := .svc.database.migrator | default dict -}}
{{- default .svc.database.user $m.user -}}
{{- end -}}

{{- define "suite.migratorSecret" -}}
{{- $m := .svc.database.migrator | default dict -}}
{{- if $m.user -}}
{{- required (printf "services.%s.database.migrator.passwordSecret is required: the Secret with the migrator role's password (key \"password\")" .name) $m.passwordSecret -}}
{{- else -}}
{{- required (printf "services.%s.database.passwordSecret is required: the Secret with the database password (key \"password\")" .name) .svc.database.passwordSecret -}}
{{- end -}}
{{- end -}}

{{/* Fails unless database.sslMode has what it needs. */}}
{{- define "suite.validateTls" -}}
{{- $db := .Values.database -}}
{{- if and (hasPrefix "verify-" $db.sslMode) (not $db.caSecret.name) -}}
{{- fail (printf "database.caSecret.name is required with database.sslMode=%s: the Secret with the CA certificate of the PostgreSQL server" $db.sslMode) -}}
{{- end -}}
{{- if and (hasPrefix "SASL_" .Values.kafka.securityProtocol) (not .Values.kafka.sasl.existingSecret) -}}
{{- fail (printf "kafka.sasl.existingSecret is required with kafka.securityProtocol=%s: the Secret with the SASL credentials" .Values.kafka.securityProtocol) -}}
{{- end -}}
{{- end -}}

{{/* Where the CA certificates from Secrets are mounted. */}}
{{- define "suite.dbCaPath" -}}/etc/assistant/tls/postgresql/ca.crt{{- end -}}
{{- define "suite.kafkaCaPath" -}}/etc/assistant/tls/kafka/ca.crt{{- end -}}
{{- define "suite.redisCaPath" -}}/etc/assistant/tls/redis/ca.crt{{- end -}}

{{/* migration-job's environment for one service: database (migrator role), JVM options, backups, metrics. */}}
{{- define "suite.migrationEnv" -}}
{{- $db := .root.Values.database -}}
{{- $mj := .root.Values.migrationJob -}}
{{- $params := printf "sslmode=%s" $db.sslMode -}}
{{- if $db.caSecret.name }}{{ $params = printf "%s&sslrootcert=%s" $params (include "suite.dbCaPath" .) }}{{ end -}}
# A short-lived CLI: C1 only and the serial GC start it ~200 ms faster.
- { name: JAVA_TOOL_OPTIONS, value: "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" }
- name: MIGRATION_DB_URL
  value: {{ printf "jdbc:postgresql://%s:%v/%s?%s" $db.host $db.port .svc.database.name $params | quote }}
# The migrator role: owns the schema, runs the DDL.
- name: MIGRATION_DB_USER
  value: {{ include "suite.migratorUser" . | quote }}
- name: MIGRATION_DB_PASSWORD
  valueFrom:
    secretKeyRef: { name: {{ include "suite.migratorSecret" . | quote }}, key: password }
# pg_dump (backups) is libpq: the same TLS settings through its environment.
- { name: PGSSLMODE, value: {{ $db.sslMode | quote }} }
{{- if $db.caSecret.name }}
- { name: PGSSLROOTCERT, value: {{ include "suite.dbCaPath" . | quote }} }
{{- end }}
- { name: MIGRATION_LOCK_WAIT_SECONDS, value: {{ $mj.lockWaitSeconds | quote }} }
# The service's own migrations, baked into its migration image (migration-job + <module>/src/main/db).
- { name: MIGRATIONS_DIR, value: /migrations }
{{- if $mj.backup.enabled }}
- { name: MIGRATION_BACKUP_DIR, value: /backups }
- { name: MIGRATION_BACKUP_RETENTION, value: {{ $mj.backup.retention | default 10 | quote }} }
{{- end }}
{{- with $mj.pushgatewayUrl }}
- { name: MIGRATION_PUSHGATEWAY_URL, value: {{ . | quote }} }
{{- end }}
{{- end -}}

{{/* migration-job's volume mounts (init container and contract Job). */}}
{{- define "suite.migrationMounts" -}}
- { name: tmp, mountPath: /tmp }
{{- if .root.Values.migrationJob.backup.enabled }}
- { name: backups, mountPath: /backups }
{{- end }}
{{- if .root.Values.database.caSecret.name }}
- { name: postgresql-ca, mountPath: /etc/assistant/tls/postgresql, readOnly: true }
{{- end }}
{{- end -}}

{{/* The backup claim of one service: services.<name>.backup.claimName, else migrationJob.backup.claimName. */}}
{{- define "suite.backupClaim" -}}
{{- $own := (.svc.backup | default dict).claimName -}}
{{- required (printf "migrationJob.backup.claimName (or services.%s.backup.claimName) is required when backups are enabled" .name) (default .root.Values.migrationJob.backup.claimName $own) -}}
{{- end -}}

{{/* A Secret key mounted as a single file: volume entry. Context: name (volume), secret, key, file. */}}
{{- define "suite.secretFileVolume" -}}
- name: {{ .name }}
  secret:
    secretName: {{ .secret | quote }}
    items:
      - { key: {{ .key | quote }}, path: {{ .file }} }
{{- end -}}

{{/* Volumes shared by migration pods: tmp, backups, PostgreSQL CA. */}}
{{- define "suite.migrationVolumes" -}}
- name: tmp
  emptyDir: {}
{{- if .root.Values.migrationJob.backup.enabled }}
- name: backups
  persistentVolumeClaim:
    claimName: {{ include "suite.backupClaim" . | quote }}
{{- end }}
{{- with .root.Values.database.caSecret }}{{ if .name }}
{{ include "suite.secretFileVolume" (dict "name" "postgresql-ca" "secret" .name "key" .key "file" "ca.crt") }}
{{- end }}{{ end }}
{{- end -}}

{{/*
  Scheduling of one service's pods: the service's own setting, else the chart-wide one; the
  default topology spread (zone, host) when neither sets constraints. Context: root, name, svc.
*/}}
{{- define "suite.scheduling" -}}
{{- $v := .root.Values -}}
{{- $svc := .svc -}}
{{- $nodeSelector := merge (deepCopy ($svc.nodeSelector | default dict)) ($v.nodeSelector | default dict) -}}
{{- with $nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with (hasKey $svc "tolerations" | ternary $svc.tolerations $v.tolerations) }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with (hasKey $svc "affinity" | ternary $svc.affinity $v.affinity) }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with (default $v.priorityClassName $svc.priorityClassName) }}
priorityClassName: {{ . | quote }}
{{- end }}
{{- $constraints := hasKey $svc "topologySpreadConstraints" | ternary $svc.topologySpreadConstraints $v.topologySpreadConstraints -}}
{{- $selector := dict "matchLabels" (include "suite.selectorLabels" . | fromYaml) -}}
{{- if and (not $constraints) $v.defaultTopologySpread.enabled (not (hasKey $svc "topologySpreadConstraints")) }}
{{- $constraints = list -}}
{{- range $v.defaultTopologySpread.topologyKeys }}
{{- $constraints = append $constraints (dict "maxSkew" 1 "topologyKey" . "whenUnsatisfiable" $v.defaultTopologySpread.whenUnsatisfiable) -}}
{{- end }}
{{- end }}
{{- $withSelector := list }}
{{- range $constraints }}
{{- $withSelector = append $withSelector (hasKey . "labelSelector" | ternary . (merge (dict "labelSelector" $selector) .)) }}
{{- end }}
{{- with $withSelector }}
topologySpreadConstraints:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/* Effective autoscaling / PDB settings of one service: the chart-wide block with the service's keys over it. */}}
{{- define "suite.autoscaling" -}}
{{- merge (deepCopy (.svc.autoscaling | default dict)) .root.Values.autoscaling | toJson -}}
{{- end -}}
{{- define "suite.pdb" -}}
{{- merge (deepCopy (.svc.podDisruptionBudget | default dict)) .root.Values.podDisruptionBudget | toJson -}}
{{- end -}}

{{/*
  Hash of the settings that configure one service's pods (not replicas, autoscaling or PDB): the
  pod template's checksum/config annotation, so an upgrade that changes them rolls the pods.
*/}}
{{- define "suite.configChecksum" -}}
{{- $v := .root.Values -}}
{{- $svc := omit .svc "replicas" "autoscaling" "podDisruptionBudget" "enabled" -}}
{{- dict "database" $v.database "kafka" $v.kafka "redis" $v.redis "jwt" $v.jwt "javaOpts" $v.javaOpts "gracefulShutdown" $v.gracefulShutdown "trustedProxies" $v.ingress.trustedProxies "extraEnv" $v.extraEnv "extraEnvFrom" $v.extraEnvFrom "tracing" $v.tracing "logging" $v.logging "migrationJob" (omit $v.migrationJob "contractPhase") "service" $svc | toJson | sha256sum -}}
{{- end -}}

{{/* The routes of files/gateway-routes.tsv whose service is enabled: a list of [prefix, service]. */}}
{{- define "suite.routes" -}}
{{- $routes := list -}}
{{- range $line := splitList "\n" (.Files.Get "files/gateway-routes.tsv") -}}
{{- $fields := regexSplit "\\s+" (trim $line) -1 -}}
{{- if and (gt (len $fields) 1) (not (hasPrefix "#" (trim $line))) -}}
{{- $svc := index $.Values.services (index $fields 1) -}}
{{- if and $svc $svc.enabled -}}
{{- $routes = append $routes (list (index $fields 0) (index $fields 1)) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- toJson $routes -}}
{{- end -}}
