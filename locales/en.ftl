# bontot — English

## Words people type (comma separated)

words-yes = yes, y, yeah, yep, done, true
words-no = no, n, nope, not yet, none, nobody, no one, false
# Whole answers to a count that mean 0.
words-none = no, n, nope, not yet, none, nobody, no one, false
words-unsure = maybe, perhaps, probably, not sure, don't know, dont know, don’t know, do not know, no idea, unsure, not certain, can't remember, cant remember, don't remember, dont remember, idk, dunno
# Politeness words before (or after) a yes/no answer; alone they answer nothing.
words-polite = well, um, uh, please
words-skip = skip, none, no, nothing, n/a
words-today = today
words-hours = hours, hour, hrs, hr, h
words-yesterday = yesterday
# The only words allowed around a number; an answer with any other word ("about 15", "15 or 16") is asked again.
words-minutes = minutes, minute, mins, min, m
words-percent = percent, per cent, pct
words-counted = people, person, persons, members, member, comrades, comrade, tasks, task, cases, case
words-filler = please, only, just, total, in total
words-all = all, everyone, everybody, all of them, all members, the whole cell, whole cell
words-date = on, the, day, of, th, st, nd, rd, morning, afternoon, evening

## Choices

option-yes = Yes
option-no = No
option-skip = Skip
    .aliases = skip
option-assess = Start the report
    .aliases = start, report, assess
option-assess-continue = Continue the report
    .aliases = continue
option-submit = Submit the report
    .aliases = submit, send
option-continue = Continue answering
    .aliases = continue, resume
option-edit = Change an answer
    .aliases = edit, change
option-pause = Later
    .aliases = later, pause
option-shorten = Use this shortened text
    .aliases = shorten, use shortened
option-item = Question
    .aliases = item, question, q
option-prep-both = Both
    .aliases = both
option-prep-one = Only one of the two
    .aliases = only one, one of the two, just one
option-prep-neither = Neither
    .aliases = neither, none
option-thematic-held = Held
    .aliases = held, done
option-thematic-scheduled = Scheduled
    .aliases = scheduled, planned
option-thematic-not-yet = Not yet
    .aliases = not yet, no
option-docs-full = Fully
    .aliases = fully, full, all
option-docs-partial = Partly
    .aliases = partly, partial
option-docs-not = Not yet
    .aliases = not yet, not
option-docs-none-issued = No new documents
    .aliases = none issued, no documents
option-discipline-none = No
    .aliases = no, none
option-discipline-self = Yes – found and handled by the cell
    .aliases = found by the cell, by the cell
option-discipline-higher = Yes – found by a higher level
    .aliases = by a higher level, higher level, higher
option-unity-ok = No
    .aliases = no, none
option-unity-resolved = Yes, resolved
    .aliases = resolved
option-unity-unresolved = Yes, unresolved
    .aliases = unresolved
option-found-by-cell = Found and handled by the cell
    .aliases = cell, by the cell
option-found-by-higher = Found by a higher level
    .aliases = higher, higher level
option-dev-none-left = No candidates left (reported)
    .aliases = no candidates left, none left

## Criteria

criterion-i = Completes its political tasks well
criterion-ii = Good-quality party meetings
criterion-iii = Good unity and discipline
criterion-iv = Good cadres and members

## Questions (short names are used on the summary)

label-q1-held = Regular meeting
label-q1-date = Meeting date
label-q2-attendance = Attendance
label-q3-minutes = Length (minutes)
label-q3-combined = Combined with a thematic meeting
label-q4-preparation = Preparation
label-q5-thematic = Thematic meeting this quarter
label-q6-tasks = Tasks from the resolution
label-q7-documents = Higher-level documents
label-q8-discipline = Member discipline
label-q9-unity = Unity, complaints
label-q8-found-by = Found by
label-q9-resolved = Resolved
label-q10-dues = Party dues paid
label-q11-lapsed = Meetings/dues missed ≥ 2 months
label-q11-count = Number of such members
label-q12-task-share = Assigned tasks completed
label-q13-violations = Violations, degradation
label-q14-development = Party development
label-q15-handbook = Using the e-handbook app
label-q16-notes = Highlights, requests

question-q1-held = Did the cell hold its regular meeting this month?
question-q1-date = On what date did the cell meet?
question-q2-attendance = How many members were due to attend, how many were present, and how many were absent without a reason?
question-q3-minutes = How many minutes did the meeting last?
question-q3-combined = Was the meeting combined with a thematic meeting?
question-q4-preparation = Preparation: did the cell committee (secretary) agree the content beforehand, and were the documents posted on the e-handbook app at least 1 day ahead?
question-q5-thematic = Thematic meeting this quarter: has the cell held it?
question-q6-tasks = How many concrete tasks did last month's resolution set, and how many were completed?
question-q7-documents = Were this month's higher-level documents, resolutions and directives disseminated and implemented in the cell?
question-q8-discipline = This month, was any member disciplined or under disciplinary review?
question-q9-unity = Are there signs of disunity in the cell, or complaints or denunciations involving the cell or its members?
question-q8-found-by = Was it found and handled by the cell itself, or found by a higher level?
question-q9-resolved = Have those cases been fully resolved? (Yes = resolved, No = not yet)
question-q10-dues = How many members paid this month's party dues in full?
question-q11-lapsed = Has any member skipped meetings or not paid dues for 2 months or more this year without good reason?
question-q11-count = How many such members? (a number only, no names)
question-q12-task-share = What share of members completed the tasks the cell assigned this month (the cell committee's estimate)?
question-q13-violations = How many members were found this month showing degradation or breaking the rules for party members?
question-q14-development = Party development: how many candidates are in training, and how many were admitted this month?
question-q15-handbook = How many members installed and use the e-handbook app (Sổ tay đảng viên điện tử)?
question-q16-notes = Highlights, difficulties, requests to the higher committee (optional). No member names, nothing classified.

part-due = due to attend
    .aliases = due, expected, should attend
part-present = present
    .aliases = attended, attending, in attendance
part-absent-unexcused = absent without reason
    .aliases = absent, unexcused, absent without a reason, absent unexcused
part-tasks-set = tasks set
    .aliases = set, assigned, tasks assigned
part-tasks-done = completed
    .aliases = done, finished, tasks completed
part-candidates = in training
    .aliases = training, candidates, being trained
part-admitted = admitted
    .aliases = admitted this month, new members

check-present-le-due = Present ({ $left }) cannot be more than due to attend ({ $right }).
check-present-absent-le-due = Present plus absent without reason ({ $left }) cannot be more than due to attend ({ $right }).
check-done-le-set = Completed tasks ({ $left }) cannot be more than tasks set ({ $right }).

## Scoring

rule-meeting-held = No regular meeting this month
rule-attendance = Attendance
rule-duration = Meeting length
rule-preparation = Preparation
rule-thematic = Thematic meeting this quarter
rule-thematic-quarter-end = Thematic meeting (last month of the quarter)
rule-thematic-missing = Quarter ending without a thematic meeting
rule-tasks-set = Resolution set concrete tasks
rule-tasks-done = Tasks completed
rule-documents = Higher-level documents
rule-discipline = Member discipline
rule-discipline-higher = A member's violation found by a higher level
rule-unity = Unity
rule-unity-unresolved = Unresolved disunity or complaints
rule-dues = Party dues paid
rule-lapsed = Members missing meetings/dues ≥ 2 months
rule-task-share = Members completing assigned tasks
rule-violations = Members violating rules
rule-development = Party development
rule-handbook = E-handbook app use
note-no-unexcused = and nobody absent without reason
flag-lapsed-members = Members missing meetings or dues for 2 months (may be struck off)
flag-violations = Members found violating rules this month

band-excellent = Excellent
band-good = Good
band-fair = Needs effort
band-weak = Weak

## Asking and re-asking

question-header = 📋 Question { $item }/{ $items } · Criterion { $criterion }: { $name }
question-header-plain = 📋 Question { $item }/{ $items }
question-resumed = ↩️ You were in the middle of question { $item }/{ $items }.
question-current = (Current answer: { $answer })
expect-yes-no = Choose Yes or No (type 1 or 2).
expect-integer = Type a number.
expect-minutes = Type the minutes, e.g. 90 (or "1.5 hours").
expect-integers = Type { $count } numbers in this order: { $parts }. For example: { $count ->
    [2] 5 4
   *[other] 12 11 0
  }.
expect-or-option = Or choose: { $options }.
expect-percent = Type a percentage from 0 to 100, e.g. 95.
expect-choice = Choose an option (type a number from 1 to { $count }).
expect-date = Type a date, e.g. { $short } or { $full } (day first), or "today".
expect-text = Keep it short, { $max } characters at most.
expect-or-skip = Type /skip to skip.
answer-skipped = (skipped)

## Errors

error-line = ⚠️ { $text }
error-unexpected = ⚠️ Sorry, something went wrong on our side. Your saved answers are safe; please try again in a few minutes.
error-answer-empty = No answer received.
error-answer-too-long = That message is too long to read.
error-answer-not-understood = The bot did not understand that answer.
error-answer-not-yes-no = Not clear whether that is yes or no.
error-answer-not-a-number = Please type the number in digits, e.g. 15.
error-answer-not-exact-number = { $count ->
    [1] An exact number is needed, e.g. 15.
   *[other] Just the { $count } numbers are needed, with no other words.
  }
error-answer-parts-unclear = Not clear which number goes with which part. Put each part's name right before its number, each part once, or type just the numbers in the order asked.
error-answer-not-whole-number = A whole number is needed, e.g. 15.
error-answer-out-of-range = The number must be from { $min } to { $max }.
error-answer-exceeds-members = That is more than the cell's members ({ $max }). If the membership has changed, please ask the committee office to update it.
error-answer-item-not-asked = Question { $item } does not apply this month (because of an earlier answer), so there is nothing to change.
error-answer-wrong-count = { $count ->
    [1] Exactly one number is needed, e.g. 15.
   *[other] Exactly { $count } numbers are needed.
  }
error-answer-not-a-choice = That does not match any option.
error-answer-not-a-date = That date could not be read.
error-answer-date-outside-period = The date must be within the reporting period, { $from } to { $to }.
error-answer-date-in-future = That date has not come yet.
error-answer-not-a-percent = A percentage is needed.
error-answer-text-too-long = The text has { $length } characters; { $max } at most. Please shorten it.
error-answer-check-failed = The numbers do not add up.
error-answer-not-optional = This question is required and cannot be skipped.
error-assessment-submitted = This period's report has been submitted and can no longer be changed.
error-assessment-incomplete = Some questions are not answered yet (question { $item }).
error-assessment-no-period = No reporting period is open right now.
error-assessment-nothing-to-go-back-to = This is the first question.
error-auth-not-registered = You are not registered to use this bot. Please ask the committee office for an invite code.
error-auth-not-a-secretary = Only a cell secretary or deputy secretary answers the self-assessment.
error-command-unknown = There is no command /{ $command }. Type /help to see the commands.
error-command-bad-argument = Usage: { $usage }

## Summary and results

summary-title = 📝 Summary of the { $period } report — { $unit }
summary-line = { $item }. { $label }: { $answer }
summary-line-continued = { "   " }{ $label }: { $answer }
summary-unanswered = — not answered —
summary-choose = Type "submit" to send the report, "later" to stop here, or a question number to change that answer (e.g. 3).
summary-preview = Expected result:
summary-missing = Still to answer: { $items }
summary-actions = Check the answers, then type "submit" (or tap Submit the report). After that it can be changed only if the committee returns it for correction. To change an answer, type its number, e.g. 3.
summary-actions-incomplete = Answer the remaining questions (type "continue"), then submit. To change an answer, type its number.
item-picker = Which answer do you want to change? Type its number (1–{ $max }).
receipt-title = ✅ The { $period } report of { $unit } has been submitted.
already-submitted = The { $period } report of { $unit } has been submitted and can no longer be changed. Result:
paused = ⏸ Saved { $answered }/{ $items } answers. Type /assess any time to continue exactly where you stopped.
paused-unsent = ⏸ All { $items }/{ $items } answers are saved, but the report is NOT SENT. Type /assess, then "submit"; a report not sent counts as not reported.
stale-option = That button belongs to an earlier question; your answer was already recorded.
idle-hint = Type /assess to start or continue the monthly report, /help for instructions.

standing-score = Total: { $score }/{ $max } — { $band } (unofficial band)
standing-criterion-met = ✅ Criterion { $id } ({ $name }): { $points }/{ $max } — met
standing-criterion-not-met = ❌ Criterion { $id } ({ $name }): { $points }/{ $max } — not met{ $vetoed ->
    [yes] {""}
   *[no] { " " }(needs ≥ { $metAt })
  }
standing-four-good = 🏅 The cell is "four-good" this month.
standing-not-four-good = The cell is not "four-good" this month: criteria { $criteria } not met.
standing-flag = ⚠️ Early warning: { $text }
reason-veto = { "   " }⛔ { $label } — criterion not met
reason-choice = { "   " }• { $label }: { $answer } → { $points }/{ $max } points
reason-missing = { "   " }• { $label }: no data → { $points }/{ $max } points
reason-value = { "   " }• { $label }: { $value } → { $points }/{ $max } points
reason-need-none = { "   " }• { $label }: { $value } → { $points }/{ $max } points (needs none for { $needPoints })
reason-need = { "   " }• { $label }: { $value } → { $points }/{ $max } points (needs { $op } { $need }{ $note ->
    [none] {""}
   *[other] { " " }{ $note }
  } for { $needPoints })
value-with-unit = { $unit ->
    [percent] { $value }%
    [minutes] { $value } min
   *[count] { $value }
  }

## Greetings and commands

help =
    🤖 This bot helps party cells run the monthly "four-good cell" self-assessment.
    /assess (/baocao) — start or continue the monthly report
    /back (/quaylai) — go back one question
    /summary (/tomtat) — see the summary, change answers, submit
    /skip (/boqua) — skip an optional question
    /cancel (/tamdung) — pause (answers are saved)
    /status, /digest [unit code] — reporting progress, digest of the units you are responsible for (leaders, admins)
    /rating, /excuse, /title — (admins above the unit) year-end rating, approved missed meetings, title decisions
    /return CODE YYYY-MM reason — (leaders, admins) return a submitted report for correction; /late CODE YYYY-MM reason — (admins) allow a cell a late report
    /year [year] (/nam) — the year's results: cells eligible as four-good, grassroots committees' nine criteria (leaders, admins)
    /start — greeting; /lang vi | /lang en — change language
    Every answer is saved at once; stop and continue any time.
welcome-stranger = Hello! This bot helps party cells with the "four-good cell" self-assessment. To use it, ask the committee office for an invite code and open the invite link.
not-registered = You are not registered to use this bot. Please ask the committee office for an invite code.
greeting-member = Hello! Your roles:
    { $roles }
    Type /help to see the commands.
lang-changed = Switched to English.
role-secretary = Secretary
role-deputy = Deputy secretary
role-leader = Leader
role-admin = Admin

## Console

console-banner = bontot — local trial mode (no tokens needed). Type an answer and press Enter; /help lists the commands, Ctrl+D quits.
console-demo-created = Created a demo organisation with { $units } units. You are the secretary of { $unit } and an admin; the group chat of { $group } is simulated in this window (type /digest to see the digest).
console-bye = Goodbye! Your answers are saved.
kind-province = province
kind-committee = committee
kind-grassroots_committee = grassroots committee
kind-cell = cell

## bontot command line

cli-help =
    bontot — the "four-good party cell" bot
    Usage: npx bontot <command> [options]
      start [--lang vi|en]                        run the bot (no tokens: local trial)
      report --period YYYY-MM [--format json|csv] standings of every cell for a period
      annual --year YYYY [--unit CODE] [--format text|json|csv|xlsx] [--out FILE] [--chart FILE.png]  the year: cells eligible as four-good, grassroots committees' nine criteria
      invite --unit CODE [--role secretary|deputy|leader|admin]  create an invite (Telegram link)
      units [--format text|json]                  the organisation tree
      units add --code CODE --name NAME --kind KIND [--parent CODE] [--members N]  add a unit
      demo                                        create the demo organisation (empty database)
      digest --unit CODE [--period YYYY-MM] [--chart file.png]  a unit's digest (and chart)
      remind [--dry-run]                          remind cells that have not submitted (--dry-run: list only)
      period open|close YYYY-MM [--yes]           open or close a reporting period (closing before it is due needs --yes)
      period reopen YYYY-MM --reason "…" [--days N]  reopen a closed period with a new deadline (7 days by default)
      period late --unit CODE --period YYYY-MM --reason "…" [--days N]  allow one cell a late report
      correction --unit CODE --period YYYY-MM --reason "…"  return a submitted report to its cell for correction
      history --unit CODE --period YYYY-MM [--format text|json]  a report's submissions and returns
      yearend rating|missed|title|import|template  year-end inputs of the committee: ratings, missed meetings, titles (yearend help)
      zalo login                                  log the bot in to Zalo with a QR code
      outbox [retry|drop] [--id N|--chat CHANNEL:ID|--all]  pending/failed messages per chat; retry or drop them
      db backup FILE                              back up the database while the bot runs
      db migrate                                  create or update the database
      help                                        this help
    Configure with environment variables or a .env file (see .env.example).
cli-see-help = Run "npx bontot help" for help.
cli-unknown-command = There is no command "{ $command }".
cli-bad-arguments = Invalid arguments: { $detail }
cli-unknown-option = This command has no option { $option }.
cli-unexpected-argument = "{ $argument }" is extra: this command takes nothing but its options.
cli-option-needs-value = The option { $option } needs a value, e.g. { $option } 2026 (a value starting with "-" is written { $option }=-1).
cli-option-takes-no-value = The option { $option } takes no value; write just { $option }.
cli-bad-lang = Language "{ $lang }" is not supported; use vi or en.
cli-missing-period = --period YYYY-MM is missing.
cli-bad-period = Period "{ $period }" is not in the form YYYY-MM (e.g. 2026-11).
cli-unknown-period = There is no reporting period { $period }.
cli-bad-format = Format "{ $format }" is not supported; use: { $allowed }.
cli-config-invalid = Invalid configuration:
cli-migrated = Applied { $count } migrations to { $db }.
cli-questionnaire-changed = Questionnaire { $code } version { $version } was changed without raising its version number. Raise its version and start again.

## Invites and groups

invite-accepted = ✅ Welcome! You are now registered as { $role } — { $unit }.
invite-invalid = That invite code is not valid. Please check the link, or ask the committee office for a new one.
invite-used = That invite code has already been used. Each code works once; please ask for a new one.
invite-expired = That invite code has expired. Please ask the committee office for a new one.
invite-too-many-attempts = Too many wrong codes. Please try again in an hour.
help-group =
    🤖 The "four-good cell" bot in a group:
    /status — this month's reporting progress of the cells
    /year [year] — the cells' results for the year
    /bind <unit code> — (admin) bind this group to a unit
    /unbind — (admin) unbind this group
    Cell secretaries answer the self-assessment in a private chat with the bot.
group-private-only = This command works in a private chat with the bot.
admin-only = Only admins can use this command.
bind-group-only = Use this command in the group you want to bind.
bind-usage = Usage: /bind <unit code>, e.g. /bind MK
bind-not-your-unit = You do not administer unit { $code }.
bind-group-taken = This group is bound to { $unit } ({ $code }), outside the units you manage, so you cannot rebind it.
bind-done = ✅ This group is now bound to { $unit } ({ $code }). It will receive the unit's weekly digests and reminders.
unbind-done = This group is no longer bound to { $unit }.
unbind-not-yours = This group is bound to { $unit } ({ $code }), outside the units you manage, so you cannot unbind it.
bind-anonymous-admin = Telegram hides who you are (an anonymous admin posts as the group), so the bot cannot check that you are an admin. To bind the group, turn off "Remain anonymous" in your admin rights and send the command again, or send it from your personal account.
group-inactive = ⚠️ The bot can no longer post in the group chat of { $unit } ({ $code }): it was removed from the group or blocked. The group gets no more digests or reminders. To restore them, add the bot to the group again, then an admin sends /bind { $code } there.
read-out-of-scope = { $unit } ({ $code }) is outside the units you are responsible for, so you cannot see it.
group-out-of-scope = This group is bound to { $bound }; { $unit } ({ $code }) is not part of it, so it cannot be shown here.
unit-unknown = There is no unit with code { $code }.
group-not-bound = This group is not bound to a unit yet. An admin types /bind <unit code>.
status-title = 📊 Reporting progress for { $period } — { $unit }
status-progress = Submitted: { $submitted }/{ $cells } cells · "Four-good": { $fourGood }
status-missing = Not yet submitted: { $cells }

## Telegram command menus

menu-baocao = Start or continue the monthly report
menu-summary = Summary: review, change, submit
menu-back = Previous question
menu-skip = Skip an optional question
menu-cancel = Pause (answers are saved)
menu-lang = Language: /lang vi or /lang en
menu-help = Help
menu-status = Reporting progress of the cells
menu-bind = (Admin) Bind this group to a unit
menu-unbind = (Admin) Unbind this group

## Invite command (CLI)

cli-missing-unit = --unit <unit code> is missing.
cli-bad-role = Role "{ $role }" is not valid; use: { $allowed }.
cli-unknown-unit = There is no unit with code { $code }. See: npx bontot units
cli-invite-created =
    Invite for { $role } — { $unit }: { $code }
    Single use, expires { $expires }.
cli-invite-link = Telegram link: { $link }
cli-invite-start = Or send the bot: /start { $code }
cli-bad-unit-code = --code must be letters, digits, "-" or "_" (32 at most).
cli-missing-name = --name <unit name> is missing.
cli-bad-kind = Kind "{ $kind }" is not valid; use: { $allowed }.
cli-bad-members = --members must be a whole number, 0 or more.
cli-unit-exists = A unit with code { $code } already exists.
cli-unit-added = Added unit { $code } — { $name }.
cli-demo-created = Created the demo organisation: { $units } units.
cli-demo-skipped = The database already has units; no demo organisation created.
cli-crashed = bontot hit an unexpected error and stopped. Technical details (secrets masked):

## Periods, reminders, digests

error-assessment-period-closed = The { $period } reporting period has closed; answers are no longer recorded. The cell is counted as "not reported" this month. Type /assess for the open period (if any).
period-open-invitation = 📣 The { $period } reporting period is open. Please do the "four-good cell" self-assessment for { $unit }; due { $due }.
reminder-before = ⏰ { $days } days left to submit the { $period } report of { $unit } (due { $due }). Every answer is saved at once; you can do it in parts.
reminder-due = ⏰ Today ({ $due }) the { $period } report of { $unit } is due.
reminder-overdue = ⏰ The { $period } report of { $unit } is { $days } days overdue (due { $due }). Please complete it soon.
escalation = ⚠️ { $unit }: { $count } cells have not submitted the { $period } report (due { $due }): { $cells }
period-unknown = There is no reporting period { $period }.
period-opened = The { $period } reporting period is open.
period-closed-now = The { $period } reporting period is closed; { $count } cells recorded as "not reported".
period-not-open = The { $period } period is not open or was closed before.
period-root-only = Only a top-level admin may open or close a reporting period, as a period applies to every cell.
remind-none = Nobody needs a reminder today.
remind-title = Reminders due today:
remind-root-only = Only a top-level admin may see the reminder list of every cell. For your own unit's progress, type /status.
remind-line = • { $cell } — { $period }, { $stage }, { $recipients } recipients
digest-title = 📰 Weekly digest — { $unit } — { $period } reports
digest-leaders-only = Only committee leaders and admins can see the digest. For your cell's progress, type /status.
digest-usage = Usage: /digest [unit code] [YYYY-MM], e.g. /digest MK 2026-11
digest-title-final = 📕 Summary of the { $period } period — { $unit }
digest-submitted = Submitted: { $submitted }/{ $cells } cells
digest-missing = Not yet submitted: { $cells }
digest-not-reported = Not reported (not met this month): { $cells }
digest-four-good = "Four-good": { $fourGood }/{ $submitted } submitted cells
digest-criteria = Met per criterion: { $criteria }
digest-veto = ⛔ { $cell }: { $reasons }
digest-warning = ⚠️ { $cell }: { $reasons }
digest-previous = Compared with { $period } ({ $fourGood }/{ $cells } "four-good"): average score { $average } ({ $trend })
digest-average = Average score: { $average }
digest-highlights = 💬 Highlights and requests:
digest-highlight = • { $cell }: "{ $text }"
digest-and-more = and { $count } more cells
chart-criteria-title = Cells meeting each criterion
chart-scores-title = Cells' scores (lowest first)
chart-met = Met
chart-not-met = Not met
chart-criterion = Criterion { $id }
console-group-header = ━━ The committee's group chat (simulated) ━━
menu-digest = Reporting digest
menu-remind = (Admin) Who is reminded today
menu-period = (Admin) Open/close: /period open|close YYYY-MM
cli-chart-written = Chart written to { $file }.
cli-remind-queued = Queued { $count } reminders.

## Zalo

zalo-problem-session-expired = ⚠️ Zalo logged the bot's account out (the session expired). An admin runs "npx bontot zalo login" on the server and scans the QR code with the bot account's Zalo app, then restarts the bot. Telegram keeps working.
zalo-problem-duplicate-connection = ⚠️ The bot's Zalo account was just opened in Zalo Web elsewhere, which disconnected the bot. Close that Zalo Web session and restart the bot.
zalo-problem-login-failed = ⚠️ The bot could not log in to Zalo. An admin runs "npx bontot zalo login" to scan the QR code, then restarts the bot.
zalo-problem-unreachable = ⚠️ The bot cannot reach Zalo (the server's network or Zalo itself is down). It keeps trying on its own; no QR scan is needed.
cli-zalo-usage = Usage: npx bontot zalo login
cli-zalo-qr = Open Zalo on the bot account's phone → scan the QR code. It is saved at { $file }.
cli-zalo-qr-expired = The QR code expired before the login was confirmed; nothing was saved. Run "npx bontot zalo login" again.
cli-zalo-scanned = Scanned; confirm the login on the phone.
cli-zalo-declined = The login was declined on the phone; nothing was saved. Run "npx bontot zalo login" again to log in.
cli-zalo-saved = ✅ Logged in to Zalo. The session is stored in { $file } (readable by this user only). Set ZALO_ENABLED=true and run npm start.
stage-before = { $days } days before the due date
stage-due = due today
stage-overdue = { $days } days overdue
stage-escalation = to the committee's group
cli-period-future = Cannot open { $period }: that month has not come yet.
cli-period-expired = Cannot open period { $period }: it ended on { $closed } and cannot be reopened.
cli-no-recipients = (nobody to receive it yet — invite the secretary with npx bontot invite)
cli-cannot-write = Cannot write { $file }: { $reason }
cli-missing-members = A cell needs --members <number of members> (answers are checked against it).
cli-missing-parent = A unit of kind { $kind } needs --parent <code of the unit above>.
cli-bad-parent = Unit { $parent } is a cell and cannot have units under it.
cli-role-needs-cell = Role { $role } is for cells only; { $code } is a { $kind }.
cli-db-usage = Usage: npx bontot db migrate | npx bontot db backup FILE
cli-invite-no-link = (No Telegram link: set TELEGRAM_BOT_USERNAME or TELEGRAM_BOT_TOKEN.)

## Re-entry, several cells, over-long notes, no open period
question-cell = 🏠 { $unit }
note-too-long = The text is { $length } characters long, at most { $max }; it is kept, not recorded. Type a shorter one, or choose 1 to use the shortened text below:
error-answer-not-an-item = Which question? Type its number, e.g. "edit 5" or "5".
error-assessment-changed-since-summary = The previous summary is out of date (answers may have changed). Please check the new summary below, then choose Submit the report.
greeting-hello = Hello, comrade!
greeting-hello-cell = Hello, { $role } of { $unit }!
greeting-period = The open reporting period is { $period } — { $progress }. Choose "Start the report" (or type /assess) to begin the self-assessment.
cell-picker = Reporting period { $period }: you answer for { $count } cells. Choose the cell to report for (type its number):
cell-picker-again = Which cell? Choose one of the { $count } cells below (type its number):
progress-not-started = not started
progress-in-progress = in progress: { $answered }/{ $items } questions
progress-submitted = sent ({ $score }/{ $max } points)
progress-not-reported = not reported
no-open-period = No reporting period is open now.
last-period-closed = Period { $period } has closed:
cell-progress-line = • { $unit }: { $progress }
next-period-opens = Period { $period } opens on { $date }.
hint-media = The bot reads text only. Please type or tap a button to answer.
hint-edited = An edited message does not count as an answer. To change an answer, type /back (previous question) or /summary, then "edit <question number>".
hint-forwarded = A forwarded message does not count as an answer. Please type your answer yourself.
cli-backup-done = Database backed up to { $file } ({ $pages } pages).
cli-backup-exists = { $file } exists; choose another name (a backup never overwrites).
cli-backup-postgres = With DATABASE_URL the data is on PostgreSQL: back it up with pg_dump (or keep a standby); `db backup` copies the SQLite file only.
cli-outbox-empty = No message is waiting or failed.
cli-outbox-line = { $chat }: { $pending } pending, { $failed } failed, since { $since } — last error: { $error }
cli-outbox-retried = { $count } failed messages put back for delivery.
cli-outbox-dropped = { $count } messages dropped (not sent).
cli-outbox-usage = Usage: npx bontot outbox [--format text|json] | npx bontot outbox retry|drop (--id N | --chat CHANNEL:ID | --all)
cli-telegram-unauthorized = Telegram rejected the bot token (401): it was revoked or is wrong. Put a new token from @BotFather in TELEGRAM_BOT_TOKEN and start again. ({ $detail })
cli-telegram-conflict = Another process is reading this bot's updates (409): a second instance, or an old one still running after a deploy. Stop the other one; this one has stopped. ({ $detail })
cli-telegram-failed = Telegram stopped delivering updates; the bot stopped so that its supervisor can start it again. ({ $detail })
greeting-period-started = The open reporting period is { $period } — { $progress }. Choose "Continue the report" (or type /assess) to go on where you stopped.
greeting-period-sent = Reporting period { $period }: { $progress }. A sent report cannot be changed; for a correction, ask the committee office.
hint-submitted = The { $period } report of { $unit } has been sent and cannot be changed. Type /assess to see the result.

## Annual results: four-good cells, grassroots committees' nine criteria (npx bontot annual, /nam)

annual-verdict-eligible = eligible to be proposed for the title
annual-verdict-not-eligible = not eligible
annual-verdict-open = still open
annual-met = met
annual-not-met = not met
annual-pending = still open
annual-missing = no data yet
annual-source-computed = computed from the cells
annual-source-answered = answered by the committee
annual-source-missing = no data yet
annual-so-far = So far: months not closed yet and year-end ratings not entered may still change the result. The committee confers the title; the bot only checks the conditions.
annual-list-more = { $list } and { $more } more
annual-quarter = Q{ $n }
annual-rule-meetings = Regular meetings
annual-rule-thematic_quarters = Thematic meeting each quarter
annual-rule-four_good_months = Enough four-good months
annual-rule-criterion_months = Enough months per criterion
annual-rule-no_veto = No veto
annual-rule-rating = Year-end rating
annual-rule-share_good = Members rated good
annual-rating-excellent = Excellent (hoàn thành xuất sắc)
annual-rating-good = Good (hoàn thành tốt)
annual-rating-complete = Completed (hoàn thành)
annual-rating-incomplete = Not completed (không hoàn thành)
annual-criterion-1 = Implements Party lines, State law and higher directives promptly and fully
annual-criterion-2 = Innovates leadership methods; leaders set the example
annual-criterion-3 = Meets 100% of the targets set by the higher level
annual-criterion-4 = Executive committee united
annual-criterion-5 = 100% of subordinate cells four-good
annual-criterion-6 = All cells meet monthly and hold a thematic meeting each quarter
annual-criterion-7 = No violation found by a higher level; inspection plan done
annual-criterion-8 = Admissions meet the target
annual-criterion-9 = Organisation and ≥ 90% of members rated good or better
annual-detail-meetings = Regular meetings in { $held } of 12 months (needs { $required }, or { $withReason } when the missed month has an approved reason)
annual-detail-missed-not-approved = no meeting, no approved reason: { $months }
annual-detail-missed-approved = approved reason: { $months }
annual-detail-open-months = { $open ->
    [one] 1 month not closed yet
   *[other] { $open } months not closed yet
  }
annual-detail-thematic = Thematic meeting in { $held } of 4 quarters
annual-detail-thematic-without = none in { $quarters }
annual-detail-thematic-undecided = not closed yet: { $quarters }
annual-detail-four-good = Four-good in { $months } of 12 months (needs at least { $required })
annual-detail-not-four-good = not four-good: { $months }
annual-detail-criterion-months = Months met: criterion I { $I }, II { $II }, III { $III }, IV { $IV } (each needs at least { $required })
annual-detail-criterion-short = short: criterion { $criteria }
annual-detail-no-veto = No month vetoed
annual-detail-veto = Vetoed in { $months } ({ $rules })
annual-detail-rating = Committee's rating: { $rating } (needs { $min } or better)
annual-detail-rating-missing = The committee has not entered the year-end rating yet (needs { $min } or better)
annual-detail-share-good = { $percent }% of members rated good or better (needs at least { $min }%)
annual-detail-share-good-missing = The committee has not entered the share of members rated good or better yet (needs at least { $min }%)
annual-answer-yes = yes
annual-answer-no = no
annual-answer-missing = Not answered by the committee yet (yearly self-assessment)
annual-detail-answer = Committee's own assessment: { $answer }
annual-detail-c1-not-implemented = cells reported higher-level documents not implemented: { $refs }
annual-detail-c1-partial = { $count ->
    [one] 1 cell-month partly implemented
   *[other] { $count } cell-months partly implemented
  }
annual-detail-open-cell-months = { $open ->
    [one] 1 cell-month not closed yet
   *[other] { $open } cell-months not closed yet
  }
annual-detail-c3 = { $met } of { $assigned } targets set by the higher level met
annual-detail-c4-unresolved = unresolved disunity: { $refs }
annual-detail-no-cells = No subordinate cells
annual-detail-c5 = { $eligible } of { $cells } cells eligible as four-good
annual-detail-c5-not-eligible = not eligible: { $codes }
annual-detail-undecided-cells = still open: { $codes }
annual-detail-c6 = { $ok } of { $cells } cells met both regular and thematic meetings
annual-detail-c6-meetings = regular meetings not met: { $codes }
annual-detail-c6-thematic = thematic meetings not met: { $codes }
annual-detail-c7-found = violations found by a higher level: { $refs }
annual-detail-c7-none = no violation found by a higher level
annual-detail-c7-plan = inspection plan done (committee's own assessment): { $answer }
annual-detail-c7-plan-missing = inspection plan not assessed by the committee yet
annual-detail-c8 = { $admitted } members admitted (target { $target }: { $percent }% of { $members } members)
annual-detail-c8-no-members = The committee's member count is not known
annual-detail-c9-rating = Committee rated: { $rating } (needs { $min } or better)
annual-detail-c9-rating-missing = committee's rating not entered (needs { $min } or better)
annual-detail-c9-share = { $percent }% of members rated good or better (needs at least { $min }%)
annual-detail-c9-share-missing = share of members rated good or better not entered (needs at least { $min }%)
annual-title-conferred = title conferred
annual-title-not-conferred = title not conferred
annual-title-decision = Committee's decision: { $decision } ({ $date })
annual-text-title = Results of { $year } — { $unit } ({ $code })
annual-text-title-all = Results of { $year } — the whole organisation
annual-text-total = In all: { $cells } cells — { $eligible } eligible · { $notEligible } not eligible · { $open } still open
annual-text-legend = ✓ met · ✗ not met · … still open · ? no data yet
annual-text-group = { $unit } ({ $code }) — { $cells } cells
annual-text-cell = { $mark } { $cell } ({ $code }): { $verdict } — reported { $reported } of 12 months, four-good in { $fourGood }
annual-text-waiting = still open: { $rules }
annual-text-criteria = Grassroots committee's nine criteria: { $verdict }
annual-text-criterion = { $mark } { $id }. { $name }: { $detail }
annual-xlsx-summary-sheet = Summary
annual-xlsx-criteria-sheet = Grassroots criteria
annual-xlsx-total = Total
annual-col-unit = Unit
annual-col-code = Code
annual-col-cells = Cells
annual-col-eligible = Eligible
annual-col-not-eligible = Not eligible
annual-col-open = Still open
annual-col-nine-criteria = Nine criteria (grassroots committee)
annual-col-title = Title decision
annual-col-cell = Cell
annual-col-result = Result
annual-col-reported = Months reported
annual-col-four-good = Four-good months
annual-col-criterion-months = Months criterion { $id } met
annual-col-explanation = Explanation (not met, still open)
annual-col-committee = Grassroots committee
annual-col-criterion = Criterion
annual-col-criterion-name = Content
annual-col-source = Source
annual-col-detail = Detail
annual-chat-title = 📅 Results of { $year } — { $unit }
annual-chat-cells = Cells ({ $cells }): { $eligible } eligible to be proposed for the title · { $notEligible } not eligible · { $open } still open
annual-chat-no-cells = This unit has no cells.
annual-chat-eligible = Eligible: { $cells }
annual-chat-more-cells = … and { $count } more cells not eligible
annual-chat-committees = Grassroots committees — nine criteria:
annual-chat-committee = { $mark } { $unit }: { $verdict } — { $met } met · { $notMet } not met · { $open } still open · { $missing } no data yet
annual-chat-committee-failed = (not met: criterion { $ids })
annual-chat-more-committees = … and { $count } more grassroots committees
annual-chat-hint = Every rule in detail: npx bontot annual --year { $year } --unit { $code } (spreadsheet: --format xlsx --out file.xlsx).
menu-nam = The year's results: cells eligible as four-good
annual-usage = Usage: /year [unit code] [year], e.g. /year or /year MK 2026
annual-leaders-only = Only committee leaders and admins can read the annual results. Your cell's progress: /status.
annual-cli-missing-year = Missing --year YYYY (e.g. --year 2026).
annual-cli-bad-year = The year "{ $year }" is not YYYY (e.g. 2026).
annual-cli-out-required = The xlsx format writes a file: add --out FILE.xlsx.
annual-cli-written = Wrote { $file } ({ $cells ->
    [one] 1 cell
   *[other] { $cells } cells
  }, { $committees ->
    [one] 1 grassroots committee
   *[other] { $committees } grassroots committees
  }).

## Year-end inputs entered by the committee: ratings, approved missed meetings, titles (issue 11, item 2)

yearend-admin-only = Only an admin of a committee above the unit can enter year-end results (ratings, approved missed meetings, title decisions).
yearend-usage-rating =
    Usage: /rating <unit code> <year> <rating> [share %]
    Example: /rating MK-PL1 2026 good 95
    Rating: excellent, good, complete, incomplete (or the Vietnamese words, with or without diacritics).
    Share: the percentage of members rated "completed tasks well" or better, a whole number 0–100 (95 or 95%). Share only: /rating MK-PL1 2026 95
    For cells and grassroots committees under a committee you administer.
yearend-usage-missed =
    Usage: /excuse <cell code> <month YYYY-MM> <reason>
    Example: /excuse MK-PL1 2026-08 Floods, the whole village helped with the rescue
    To take an approval back: /excuse MK-PL1 2026-08 remove
    At most 500 characters; no member names, nothing classified.
yearend-usage-title =
    Usage: /title <unit code> <year> yes|no [note]
    Example: /title MK-PL1 2026 yes Decision no. 12-QĐ/ĐU
    Records the committee's decision on the "four-good cell" or "four-good grassroots committee" title. The bot only computes eligibility; the committee confers the title. Note: at most 500 characters, no member names.
yearend-not-entered = not entered
yearend-rating-excellent = Completed tasks excellently
yearend-rating-good = Completed tasks well
yearend-rating-complete = Completed tasks
yearend-rating-incomplete = Did not complete tasks
yearend-rating-values = rating { $rating }; members rated good or better: { $share }
yearend-rating-saved = ✅ Recorded { $unit } ({ $code }) for { $year }: { $values }.
yearend-rating-unchanged = { $unit } ({ $code }) for { $year } already reads: { $values }. Nothing changed.
yearend-before = Before: { $values }.
yearend-missed-saved = ✅ Approved the reason for { $unit } ({ $code }) missing its { $period } meeting: { $reason }
yearend-missed-unchanged = The reason for { $unit } ({ $code }) missing its { $period } meeting was already approved as given. Nothing changed.
yearend-missed-withdrawn = Took back the approved reason for { $unit } ({ $code }) missing its { $period } meeting (it was: { $reason }).
yearend-title-conferred = conferred
yearend-title-not-conferred = not conferred
yearend-title-with-note = { $decision } ({ $note })
yearend-title-saved = ✅ Recorded the committee's title decision for { $unit } ({ $code }), { $year }: { $decision }. The bot only computes eligibility; the committee confers the title.
yearend-title-unchanged = The title decision for { $unit } ({ $code }), { $year }, already reads: { $decision }. Nothing changed.
yearend-unknown-unit = There is no unit with code { $code }.
yearend-wrong-kind-rating = { $unit } ({ $code }) is a { $kind }: year-end ratings are entered for cells and grassroots committees only.
yearend-wrong-kind-missed = { $unit } ({ $code }) is a { $kind }: missed meetings are approved for cells only.
yearend-wrong-kind-title = { $unit } ({ $code }) is a { $kind }: title decisions are recorded for cells and grassroots committees only.
yearend-own-unit = The year-end results of { $unit } ({ $code }) are entered by the committee above it; you are an admin of that unit itself, so you cannot enter them.
yearend-out-of-subtree = { $unit } ({ $code }) is outside the units you administer, so you cannot enter its results.
yearend-bad-year = "{ $year }" is not a year: type four digits, e.g. 2026.
yearend-future-year = { $year } has not begun yet (this year is { $current }).
yearend-bad-period = "{ $period }" is not a month: type YYYY-MM, e.g. 2026-08.
yearend-future-period = { $period } has not begun yet.
yearend-bad-percent = "{ $share }" is not a share: type a whole percentage from 0 to 100, e.g. 95 or 95%.
yearend-bad-rating = Unknown rating "{ $rating }". Use: excellent, good, complete, incomplete (or xuất sắc, tốt, hoàn thành, không hoàn thành).
yearend-nothing-to-enter = Give the rating, the share of members rated good or better, or both.
yearend-reason-missing = A reason is needed.
yearend-reason-too-long = The reason is { $length } characters long, at most { $max }. Keep it short (no member names).
yearend-note-too-long = The note is { $length } characters long, at most { $max }.
yearend-no-approval = { $unit } ({ $code }) has no approved reason for { $period }.
yearend-bad-conferred = "{ $value }" is not clear: type "yes" (conferred) or "no".
yearend-import-code-missing = The unit code is missing.
yearend-import-other-year = The year { $year } differs from --year { $expected }.
yearend-import-year-missing = Which year? Add a "Year" column or run with --year YYYY.
yearend-import-month-missing = A missed-meeting reason without its month (YYYY-MM).
yearend-import-month-other-year = { $period } is not in { $year }.
yearend-import-twice = { $code } has a different value in row { $other }.
yearend-header-code = Code
yearend-header-name = Unit name
yearend-header-kind = Kind
yearend-header-parent = Parent
yearend-header-year = Year
yearend-header-rating = Rating
yearend-header-share = Share rated good (%)
yearend-header-month = Missed meeting month (YYYY-MM)
yearend-header-reason = Reason for the missed meeting
yearend-sheet-ratings = Ratings
yearend-sheet-missed = Missed meetings
yearend-sheet-guide = Guide
yearend-template-guide =
    Year-end results are entered by the committee above each unit. Load this file into the bot with: npx bontot yearend import <file> [--year YYYY] [--dry-run]
    Sheet "Ratings": one row per cell or grassroots committee. Rating: excellent, good, complete, incomplete (or the Vietnamese words Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ, or HTXSNV, HTTNV, HTNV, KHTNV).
    Share rated good (%): the percentage of members rated "completed tasks well" or better, a whole number 0–100 (95, 95% or 0.95).
    An empty cell keeps what was entered before. Unit name, Kind and Parent are there for reference only.
    Sheet "Missed meetings": one row per month a cell held no meeting for a reason the committee accepts: cell code, month (YYYY-MM), reason (at most 500 characters).
    No member names, nothing classified.
    Run with --dry-run first to see what would change; a file with any mistake writes nothing.
cli-yearend-usage =
    Usage:
      npx bontot yearend rating --unit CODE --year YYYY [--rating good] [--share 95]    year-end rating, share of members rated good or better
      npx bontot yearend missed --unit CODE --period YYYY-MM --reason "…" | --withdraw  approve (or take back) a missed monthly meeting
      npx bontot yearend title --unit CODE --year YYYY --conferred yes|no [--note "…"]  the committee's title decision
      npx bontot yearend import FILE.csv|FILE.xlsx [--year YYYY] [--dry-run]            load a spreadsheet (every row checked; all or nothing)
      npx bontot yearend template --out FILE.xlsx|FILE.csv [--year YYYY] [--unit CODE]  write the template with the units filled in
      npx bontot yearend thresholds --unit CODE [--share-good 100] [--four-good-months 10] [--criterion-months 10] [--meetings-with-reason 11] [--admissions-percent 3] [--clear]
                                                                                      a committee's annual thresholds for the units below it (without values: show those in force)
    Rating: excellent | good | complete | incomplete (or xuat sac | tot | hoan thanh | khong hoan thanh, with or without diacritics). Reasons and notes: at most 500 characters, no member names.
cli-yearend-csv-quote = The CSV file has a quotation mark that is never closed (from row { $row }).
cli-yearend-missing-year = Missing --year YYYY.
cli-yearend-rating-or-share = Give --rating, --share, or both.
cli-yearend-missing-reason = Missing --reason "<reason>" (or --withdraw to take an approval back).
cli-yearend-missing-conferred = Missing --conferred yes|no.
cli-yearend-row = row { $row }
cli-yearend-sheet-row = sheet "{ $sheet }", row { $row }
cli-yearend-change-new = new
cli-yearend-change-changed = changed
cli-yearend-change-unchanged = unchanged
cli-yearend-plan-rating = • { $code } ({ $unit }), { $year }: { $change } — { $values }
cli-yearend-plan-missed = • { $code } ({ $unit }), { $period }: { $change } — missed meeting reason: { $reason }
cli-yearend-plan-before = (was: { $values })
cli-yearend-missing-file = Which file? npx bontot yearend import FILE.csv|FILE.xlsx
cli-yearend-no-file = There is no file { $file }.
cli-yearend-problems = { $file } has { $count } mistakes; nothing was written. Correct these rows and run it again:
cli-yearend-dry-run = Dry run (--dry-run): { $new } new, { $changed } changed, { $unchanged } unchanged; nothing written.
cli-yearend-written = Written: { $new } new, { $changed } changed, { $unchanged } unchanged.
cli-yearend-nothing-in-file = { $file } has no row with a rating, a share or a missed-meeting reason.
cli-yearend-missing-out = Missing --out FILE.xlsx (or .csv).
cli-yearend-file-type = { $file }: only .xlsx and .csv are supported (an old .xls file: open it in Excel and save it as .xlsx).
cli-yearend-out-exists = { $file } exists; choose another name (nothing is overwritten).
cli-yearend-template-written = Wrote the template { $file } ({ $units } units).
cli-yearend-column-twice = Column "{ $header }" (row { $row }) means the same as another column; keep only one.
cli-yearend-no-header = No header row with a "Code" column (the unit code) was found. Start from the template: npx bontot yearend template --out template.xlsx
cli-yearend-unreadable = Cannot read { $file }: { $reason }
cli-yearend-not-utf8 = { $file } is not UTF-8 text (Excel may have saved it as "CSV" in the Windows code page): accented letters would be garbled. In Excel choose Save As → "CSV UTF-8 (Comma delimited)", or send the .xlsx file.
cli-yearend-extra-fields = Row { $row } has { $fields } fields but the header has only { $columns } columns: a value probably contains the separator (e.g. "0,95" in a comma-separated file). Put that value in double quotes, write 95 instead of 0,95, or use ";" as the separator. Nothing was written.

## Corrections: return for correction, late reports, reopening a period (issue 11, item 1)

option-open-report = Open the report
correction-usage = Usage: /return CELL-CODE YYYY-MM reason, e.g. /return MK-PL1 2026-11 Item 2 has the wrong number of members present
correction-leaders-only = Only a leader of a committee above the cell or an admin can return a cell's report.
correction-out-of-scope = { $unit } ({ $code }) is outside the units you are responsible for, so you cannot return its report.
correction-not-submitted = The { $period } report of { $unit } has not been submitted ({ $status }), so there is nothing to return.
correction-done = ↩️ Returned the { $period } report of { $unit } (submission { $revision }, { $score } points) for correction. { $notified } messages to the cell's secretary and deputies say why (at night they wait until 07:00); the report reopens at its summary with every answer kept.
correction-done-late = The period has closed, so the cell may report late until the end of { $until } ({ $days } days).
correction-notice =
    ↩️ The { $period } report of { $unit } was returned for correction.
    Reason: { $reason }
    Every answer is kept. Open the report (the button below, or type /assess), change what needs changing, then choose "Submit report".
correction-notice-late = The period has closed; the cell may report late until the end of { $until }.
reason-bad = The reason must be 1 to 500 characters.
report-not-a-cell = { $unit } ({ $code }) is not a cell; this command is for a cell's monthly report.
report-status-not_started = not started
report-status-in_progress = in progress
report-status-submitted = submitted
report-status-not_reported = not reported
late-usage = Usage: /late CELL-CODE YYYY-MM reason — the cell may report late for { $days } days (e.g. /late MK-PL1 2026-11 No power all week)
late-out-of-scope = You do not administer { $unit } ({ $code }), so you cannot allow it a late report.
late-bad-days = A late report may be allowed for 1 to { $max } days.
late-submitted = { $unit } has submitted its { $period } report. To have the cell correct it, return the report: /return { $code } { $key } reason
late-period-open = The { $period } period is still open (until the end of { $closes }); { $unit } reports as usual, no late report is needed.
late-done = ⏳ { $unit } may report late for { $period } until the end of { $until }. { $notified } messages to the cell's secretary and deputies say so (at night they wait until 07:00).
late-report-notice =
    ⏳ { $unit } may report late for { $period }, until the end of { $until }.
    Reason: { $reason }
    Answers already given are kept. Use the button below (or type /assess) to continue, then submit.
late-report-note = ({ $period }, late report until the end of { $until })
greeting-late = Your cell may report late for { $period } until the end of { $until } — { $progress }. Choose "Start the report" (or type /assess) to do the self-assessment.
greeting-late-started = Your cell may report late for { $period } until the end of { $until } — { $progress }. Choose "Continue the report" (or type /assess) to go on where you stopped.
progress-nothing-open = no period open
period-open-closed = Period { $period } has closed. To reopen it (with a reason and a new deadline): /period reopen { $key } reason, or npx bontot period reopen { $key } --reason "reason" [--days N]. If only one cell must report late: /late CELL-CODE { $key } reason.
period-close-early =
    The { $period } period is due by the end of { $due }, which has not come yet. Closing now records { $awaiting } cells that have not submitted as "not reported", and they can no longer answer.
    To close it now anyway, send: /period close { $key } confirm
period-reopen-usage = Usage: /period reopen YYYY-MM reason for reopening (reopened for { $days } days)
period-reopen-not-closed = The { $period } period is open; there is nothing to reopen.
period-reopened = 🔓 Reopened the { $period } reporting period until the end of { $until }; { $awaiting } cells that have not submitted were told ({ $reopened } recorded as "not reported" may go on). When it ends, the period closes again by itself.
period-reopened-notice =
    🔓 The { $period } reporting period is reopened for { $unit }, until the end of { $until }.
    Reason: { $reason }
    Use the button below (or type /assess) to do the report.
cli-refused = { $detail }
cli-bad-days = --days "{ $days }" is not valid: give a number of days (1–60).
cli-correction-usage = Usage: npx bontot correction --unit CODE --period YYYY-MM --reason "reason for returning"
cli-period-late-usage = Usage: npx bontot period late --unit CODE --period YYYY-MM --reason "reason" [--days N]
cli-period-reopen-usage = Usage: npx bontot period reopen YYYY-MM --reason "reason" [--days N]
cli-period-usage-all = Usage: npx bontot period open|close YYYY-MM [--yes] | period reopen YYYY-MM --reason "reason" [--days N] | period late --unit CODE --period YYYY-MM --reason "reason" [--days N]
cli-period-close-early = The { $period } period is due by the end of { $due }, which has not come yet: closing now records { $awaiting } cells that have not submitted as "not reported". To close it now anyway: npx bontot period close { $key } --yes
history-title = History of the { $period } report — { $unit } ({ $code }): { $status }
history-no-submission = Never submitted.
history-revision = Submission { $revision }: { $at }, by { $by } — { $score }/{ $max } points, { $fourGood }
history-four-good = "four-good"
history-not-four-good = not "four-good"
history-returned = ↩️ returned { $at } by { $by }: { $reason }
history-late = Late report: allowed until the end of { $until } (allowed { $at } by { $by }): { $reason }
history-audit = Audit log:
history-system = the system (command line)

# The year's results posted to groups in January, and the 12-month chart (issue 11)
annual-chart-title = { $year } — { $unit }
annual-chart-all-units = all units
annual-chart-month = M{ $month }
annual-chart-four-good-months = 4-good
annual-chart-verdict = Result
annual-chart-four-good = Four-good
annual-chart-not-four-good = Reported, not four-good
annual-chart-not-reported = Not reported
annual-chart-open = Not yet due / not sent
annual-chart-eligible = Eligible to be proposed
annual-chart-not-eligible = Not eligible
annual-chart-pending = Still open
annual-chart-page = (page { $page }/{ $pages })
annual-chart-more = … and { $count } more cells (see /year or npx bontot annual)
annual-post-chart-page = 📅 Results of { $year } — { $unit }: chart, page { $page }/{ $pages }
annual-cli-chart-written = Chart written: { $files }
annual-cli-chart-no-cells = There are no cells to chart.

## Annual thresholds per committee (issue 11: yearend thresholds)
yearend-bad-threshold-share-good = "{ $value }" is not a valid share: type a whole percent from { $min } to { $max }, e.g. 90 or 100.
yearend-bad-threshold-four-good-months = "{ $value }" is not a valid number of four-good months: type a whole number from { $min } to { $max }.
yearend-bad-threshold-criterion-months = "{ $value }" is not a valid number of months per criterion: type a whole number from { $min } to { $max }.
yearend-bad-threshold-meetings-with-reason = "{ $value }" is not a valid number of meetings: type a whole number from { $min } to { $max }.
yearend-bad-threshold-admissions-percent = "{ $value }" is not a valid admissions rate: type a percent from { $min } to { $max }, e.g. 3 or 3.5.
yearend-thresholds-clear-and-set = Either clear the unit's own thresholds or set new values, not both at once.
yearend-thresholds-nothing-to-set = Give at least one threshold to set.
yearend-threshold-share-good = Share of members rated good or better: at least { $value }%
yearend-threshold-four-good-months = Four-good months: at least { $value } of 12
yearend-threshold-criterion-months = Months each criterion (I–IV) is met: at least { $value } of 12
yearend-threshold-meetings-with-reason = Regular meetings when every missed one has an approved reason: at least { $value } of 12
yearend-threshold-admissions-percent = Admissions in the year (grassroots committee): at least { $value }% of members
cli-yearend-thresholds-in-force = Annual thresholds in force for { $unit } ({ $code }):
cli-yearend-threshold-from-default = default
cli-yearend-threshold-from-self = set by this unit
cli-yearend-threshold-from-unit = set by { $unit } ({ $code })
cli-yearend-thresholds-saved = Annual thresholds of { $unit } ({ $code }) saved; they apply to every unit below it that does not set them itself.
cli-yearend-thresholds-unchanged = The thresholds of { $unit } ({ $code }) are already these: nothing changed.
cli-yearend-thresholds-cleared = The own thresholds of { $unit } ({ $code }) are cleared; it now follows the units above it or the defaults.
cli-yearend-thresholds-none-to-clear = { $unit } ({ $code }) has no thresholds of its own: nothing to clear.
