{{/* Name of one service's objects: <release>-<service>, e.g. demo-chat. */}}
{{- define "suite.serviceName" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "suite.labels" -}}
app.kubernetes.io/part-of: assistant-suite
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{- define "suite.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "suite.image" -}}
{{- printf "%s/%s:%s" .root.Values.image.registry .image (default .root.Chart.AppVersion .root.Values.image.tag) -}}
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

{{/* migration-job's environment for one service: database, JVM options, backups, metrics. */}}
{{- define "suite.migrationEnv" -}}
{{- $db := .root.Values.database }}
{{- $mj := .root.Values.migrationJob }}
# A short-lived CLI: C1 only and the serial GC start it ~200 ms faster.
- { name: JAVA_TOOL_OPTIONS, value: "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" }
- name: MIGRATION_DB_URL
  value: {{ printf "jdbc:postgresql://%s:%v/%s" $db.host $db.port .svc.database.name | quote }}
- name: MIGRATION_DB_USER
  value: {{ .svc.database.user | quote }}
- name: MIGRATION_DB_PASSWORD
  valueFrom:
    secretKeyRef: { name: {{ .svc.database.passwordSecret | quote }}, key: password }
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
