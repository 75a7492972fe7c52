# shellcheck shell=bash
# A generated legacy chatbot tree (LEGACY_FORMATS.md, layout A), for the import benchmark and the
# kill-during-import drill: CONVERSATIONS files of MESSAGES messages each, 100 owners, Vietnamese
# and emoji text. Generated once per size under .local/bench.

# legacy_chat_tree CONVERSATIONS MESSAGES -> prints the tree's folder
legacy_chat_tree() {
  local conversations="$1" per="$2"
  local tree="$STATE/bench/legacy-chat-${conversations}x${per}"
  if [ ! -d "$tree/data/conversations" ]; then
    log "generating $conversations conversations x $per messages in $tree" >&2
    mkdir -p "$tree/data/conversations"
    awk -v n="$conversations" -v m="$per" -v dir="$tree/data/conversations" 'BEGIN {
      for (i = 1; i <= n; i++) {
        f = sprintf("%s/conv_%06d.json", dir, i)
        printf "{\"id\":\"conv_%06d\",\"title\":\"Cuộc trò chuyện %d 😊\",\"created_at\":\"2025-01-01T00:00:00\",\"tags\":[\"bench\"],", i, i > f
        printf "\"metadata\":{\"user_id\":\"user_%03d\"},\"messages\":[", i % 100 > f
        for (j = 1; j <= m; j++) {
          printf "%s{\"id\":\"%08x%08x\",\"role\":\"%s\",\"content\":\"Tin nhắn %d của cuộc trò chuyện %d: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore 🚀\",\"timestamp\":\"2025-01-01T00:%02d:%02d\",\"model\":\"gemini\"}", (j > 1 ? "," : ""), i, j, (j % 2 ? "user" : "assistant"), j, i, (j / 60) % 60, j % 60 > f
        }
        print "]}" > f
        close(f)
      }
    }'
  fi
  echo "$tree"
}

# The scratch database the benchmark and the drill import into (never the suite's own chat data).
use_scratch_import_db() {
  export MIGRATION_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/migration_test" MIGRATION_DB_USER=migration_test MIGRATION_DB_PASSWORD=migration_test
}
