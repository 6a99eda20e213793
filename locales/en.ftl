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
    /invite CODE [role] — (admins) create an invite code for a unit's secretary (or another role)
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

cli-see-help = Run "{ $command } --help" for help.
cli-unknown-command = There is no command "{ $command }".
cli-unknown-option = This command has no option { $option }.
cli-unexpected-argument = "{ $argument }" is extra: this command takes nothing but its options.
cli-option-needs-value = The option { $option } needs a value (a value starting with "-" is written { $option }=-1).
cli-option-takes-no-value = The option { $option } takes no value; write just { $option }.
cli-bad-period = Period "{ $period }" is not in the form YYYY-MM (e.g. 2026-11).
cli-unknown-period = There is no reporting period { $period }.
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

cli-unknown-unit = There is no unit with code { $code }. See: npx bontot units
cli-invite-created =
    Invite for { $role } — { $unit }: { $code }
    Single use, expires { $expires }.
cli-invite-link = Telegram link: { $link }
cli-invite-start = Or send the bot: /start { $code }
cli-bad-unit-code = --code must be letters, digits, "-" or "_" (32 at most).
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
cli-yearend-csv-quote = The CSV file has a quotation mark that is never closed (from row { $row }).
cli-yearend-rating-or-share = Give --rating, --share, or both.
cli-yearend-missing-reason = Missing --reason "<reason>" (or --withdraw to take an approval back).
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
cli-yearend-file-type = { $file }: only .xlsx and .csv are supported (an old .xls file: open it in Excel and save it as .xlsx).
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

## Monthly report exports and reminding on demand (issue 12, parts 3 and 4)
report-sheet-title = Monthly report { $period } — { $unit } (due { $due })
report-sheet-all-units = all units
report-sheet-summary = Summary
report-sheet-cells = Cells
report-sheet-answers = Answers
report-sheet-total = Total
report-sheet-status-returned = returned for correction
report-sheet-no-secretary = No secretary registered
report-sheet-unreachable = { $who } (cannot receive the bot's messages)
report-sheet-met = Met
report-sheet-not-met = Not met
report-sheet-four-good = Yes
report-sheet-not-four-good = No
report-sheet-veto = Criterion { $id }: { $label }
report-sheet-decimal = { $value }
report-sheet-subtotal = Subtotal { $unit }: { $cells } cells
report-sheet-grand-total = Total: { $cells } cells
report-sheet-subtotal-submitted = Submitted { $submitted }/{ $cells }
report-sheet-subtotal-four-good = Four-good: { $count }
report-sheet-subtotal-no-secretary = No secretary: { $count }
report-col-above = Committee above
report-col-group = Committee (cell belongs to)
report-col-code = Code
report-col-cells = Cells
report-col-submitted = Submitted
report-col-working = In progress / returned
report-col-not-started = Not started
report-col-not-reported = Not reported
report-col-four-good-count = "Four-good"
report-col-no-secretary = No secretary registered
report-col-cell = Cell
report-col-status = Status
report-col-submitted-at = Submitted at
report-col-score = Score
report-col-max = Max
report-col-four-good = "Four-good" cell
report-col-criterion = Criterion { $id }: { $name }
report-col-vetoes = Vetoes (criterion not met)
report-col-flags = Early warnings
report-col-notes = Highlights, proposals
report-col-registration = Secretary / deputy registered
report-text-group = { $unit } (under { $above }): submitted { $submitted }/{ $cells }, "four-good" { $fourGood }
report-text-score = { $score }/{ $max } points
report-text-total = Total: submitted { $submitted }/{ $cells }, "four-good" { $fourGood }; in progress { $working }, not started { $notStarted }, not reported { $notReported }.
report-text-no-secretary = No secretary or deputy registered ({ $count }): { $cells }
report-cli-written = Wrote the { $period } report ({ $cells } cells): { $file }
report-cli-format-unknown = Cannot tell which format to write { $file } in: end the name in .xlsx or .csv (or .json, .txt), or add --format xlsx|csv|text|json.
report-cli-format-mismatch = --format { $format } does not match the file name { $file }: a { $format } file ends in .{ $ext }.
cli-option-report-format = format (json by default, for machines; xlsx always goes to a file; an --out name ending in .xlsx, .csv, .txt, .json chooses it)
cli-option-report-unit = only this unit and the units under it
cli-option-remind-now = remind every cell that has not submitted, at once
cli-option-remind-unit = only the cells of this unit (and the units under it)
list-more = … and { $count } more cells
remind-no-open-period = No reporting period is open, so nobody needs a reminder yet.
remind-overview-title = ⏰ Reminders — { $unit }
remind-overview-all-units = all units
remind-overview-period = { $period } (due { $due }): { $awaiting }/{ $cells } cells have not submitted.
remind-overview-all-submitted = { $period }: every cell has submitted; nobody to remind.
remind-overview-next = Next scheduled reminder: { $time } on { $date } ({ $stage }).
remind-overview-no-next = No scheduled reminder is left for this period.
remind-nobody = Cannot be reminded — no secretary or deputy registered ({ $count }): { $cells }
remind-unreachable = Cannot be reminded — the secretary and deputy cannot receive the bot's messages (blocked the bot or left Zalo/Telegram) ({ $count }): { $cells }
remind-overview-how-chat = Remind every cell that has not submitted now: /remind now { $code }
remind-overview-how-cli = Remind every cell that has not submitted now: npx bontot remind --now{ $unit }
remind-now-sent = ⏰ Reminded { $cells } cells that have not submitted the { $period } report ({ $messages } messages).
remind-now-held = ⏰ { $cells } cells will be reminded at { $time } on { $date } (quiet hours: the messages wait for the morning) — the { $period } report, { $messages } messages.
remind-now-already = Already reminded today, not reminded again ({ $count }): { $cells }
remind-now-admins-only = Only admins can remind cells. For your own unit's progress, type /status.
remind-now-out-of-scope = { $unit } ({ $code }) is outside the units you administer, so you cannot remind its cells.
remind-usage = Usage: /remind [unit code] shows the reminders; /remind now [unit code] reminds every cell that has not submitted, at once.
status-no-secretary = No secretary registered ({ $count }): { $cells }
cli-remind-now-dry-run = --now (remind at once) and --dry-run (only show) do not go together.
remind-now-none = ⏰ No cell could be reminded of the { $period } report.

## Invites for a whole committee: typeable codes, printable cards, list, revoke, registration notice (issue 12, part 2)
invite-revoked = This invite code was withdrawn. Please ask the committee office for a new one.
invite-registered-notice = 🆕 New registration: { $role } of { $unit } ({ $code }), on { $channel ->
    [telegram] Telegram
    [zalo] Zalo
    [console] the console
   *[other] { $channel }
}.
invite-sheet-title = Invite codes — { $unit } ({ $code })
invite-card-role = Role: { $role }
invite-card-telegram-scan = Telegram: scan the QR code
invite-card-telegram-open = or open the link:
invite-card-telegram-send = Telegram: send the bot
invite-card-no-qr = (No QR code: the Telegram bot's name was not set when this was printed)
invite-card-code = Invite code (upper or lower case both work):
invite-card-zalo = Zalo: send the message «start { $code }» to { $contact }
invite-card-zalo-blank = the bot's Zalo account: ………………………
invite-card-expires = Expires: { $date }. Each code works once.
invite-xlsx-sheet = Invite codes
invite-xlsx-committee = Committee
invite-xlsx-unit-code = Unit code
invite-xlsx-unit-name = Unit name
invite-xlsx-role = Role
invite-xlsx-code = Invite code
invite-xlsx-link = Telegram link
invite-xlsx-expires = Expires
invite-xlsx-status = Status
invite-status-new = new code
invite-status-renewed = new code (the old one withdrawn)
invite-status-registered = already registered
invite-status-pending = unused code pending
cli-invite-batch-issued = Created { $count } invite codes ({ $role }) for the units of { $unit } ({ $code }); they expire { $expires }.
cli-invite-batch-renewed = { $count } unused older codes were withdrawn and replaced.
cli-invite-batch-skipped-registered = Skipped { $count } units that already have a registered { $role }: { $units }
cli-invite-batch-skipped-pending = Skipped { $count } units with an unused code still pending (add --renew to withdraw it and issue a new one): { $units }
cli-invite-batch-none = No new codes created: no unit needs one.
cli-invite-batch-no-targets = No unit of { $unit } ({ $code }) takes a { $role } invite.
cli-invite-batch-no-qr = The Telegram bot's name is unknown, so the cards have no QR code and no link (only /start with the code): set TELEGRAM_BOT_USERNAME or TELEGRAM_BOT_TOKEN, or add --bot-username.
cli-invite-pdf-written = Wrote the printable invite cards (PDF): { $file }
cli-invite-xlsx-written = Wrote the list of invite codes (XLSX): { $file }
cli-invite-batch-not-written = The codes were created but the files could not be written. Fix the problem above, then run the command again with --renew: the codes just created are withdrawn and replaced.
cli-invite-same-file = The PDF cards and the XLSX list must be two different files.
cli-invite-bad-extension = { $option } needs a file name ending in { $ext }, e.g. { $example }.
cli-invite-list-title = Registrations and invite codes — { $unit } ({ $code }):
cli-invite-list-unit = { $unit } ({ $code })
cli-invite-list-registered = • { $role }: registered — { $accounts }; { $since }
cli-invite-list-since = on { $date }
cli-invite-list-granted = granted directly (no invite code)
cli-invite-list-no-account = no account yet
cli-invite-list-unreachable = { $account } (cannot be written to)
cli-invite-list-pending = • { $role }: unused code, created { $created }, expires { $expires }
cli-invite-list-nobody = • nobody registered to answer the report
cli-invite-list-empty = No matching unit.
cli-invite-list-summary = In all: { $registered } units with someone registered, { $pending } codes pending, { $nobody } cells with nobody.
cli-invite-list-filters = --pending and --registered do not go together.
cli-invite-revoked-code = Withdrew the { $role } invite code of { $unit } ({ $code }).
cli-invite-revoke-invalid = There is no such invite code. Check it (upper or lower case, with or without dashes, all work).
cli-invite-revoke-used = This code was already used to register in { $unit } ({ $code }): it can no longer be withdrawn.
cli-invite-revoke-revoked = This code of { $unit } ({ $code }) was withdrawn before: nothing changed.
cli-invite-revoke-expired = This code of { $unit } ({ $code }) has expired: no need to withdraw it.
cli-invite-revoked-unit = Withdrew { $count } unused invite codes of { $unit } ({ $code }).
cli-invite-revoke-usage = Give the code to withdraw, or --unit UNIT_CODE (optionally with --role) — not both.
cli-invite-needs-all-cells = { $options } only go with invites for a whole committee (--all-cells).
cli-bad-bot-username = "{ $value }" is not a Telegram bot username (5–32 letters, digits or "_", e.g. bontot_bot).
cli-option-invite-all-cells = one code for every cell (and grassroots committee, with --role leader|admin) of --unit without someone in the role; writes printable PDF cards and an XLSX list
cli-option-invite-renew = with --all-cells: withdraw pending codes and issue new ones (by default units with an unused code are skipped)
cli-option-invite-out = write the PDF cards to FILE (the XLSX list beside it, same name); without --out: a name under data/exports/
cli-option-invite-xlsx = write the XLSX list to this FILE instead of beside the PDF
cli-option-bot-username = the Telegram bot's username for the link and QR code (default: TELEGRAM_BOT_USERNAME, or asked from Telegram with TELEGRAM_BOT_TOKEN)
cli-option-zalo-contact = the bot's Zalo account printed on the cards, e.g. "Bontot Lào Cai (0912 345 678)" (default: ZALO_CONTACT)
cli-invite-list-description = who registered in which unit and when, which invite codes are pending, which cells have nobody
cli-invite-list-examples =
    npx bontot invite list --unit MK
    npx bontot invite list --unit MK --pending
    npx bontot invite list --registered --format json
cli-option-invite-list-unit = the unit and every unit below it (default: the whole tree)
cli-option-invite-pending = only units with an unused code
cli-option-invite-registered = only units where someone registered
cli-invite-revoke-description = withdraw an invite code, or every unused code of a unit and the units below it
cli-invite-revoke-examples =
    npx bontot invite revoke 7KQ2-M9XD-4TFA-0BNZ
    npx bontot invite revoke --unit MK --role secretary
cli-placeholder-invite-code = INVITE-CODE
cli-argument-invite-code = the invite code to withdraw (upper or lower case, with or without dashes)
cli-option-invite-revoke-unit = withdraw every unused code of this unit and the units below it
cli-option-invite-revoke-role = only the codes for this role

## Grassroots committee's yearly self-assessment (issue 11, part 3): questionnaire, dialogue, reminders, yearly results

label-y1-implements = Party lines and directives implemented
label-y2-leadership = Leadership methods renewed
label-y3-targets = Targets set by the higher level
label-y4-disunity = Disunity or complaints in the executive committee
label-y4-resolved = Resolved
label-y5-inspections = Inspection and supervision plan
label-y6-rating = Committee's own rating
label-y7-share-good = Members rated good or better
label-y8-notes = Highlights, requests
question-y1-implements = (Criterion 1) This year, did the committee lead the prompt and full implementation of the Party's lines, the State's policies and laws, and the higher level's directives and resolutions?
question-y2-leadership = (Criterion 2) This year, did the committee renew its methods of leadership, and did its members and key cadres lead by example?
question-y3-targets = (Criterion 3) How many targets did the higher level set for the committee this year, and how many did it meet?
question-y4-disunity = (Criterion 4) This year, was there disunity in the executive committee, or a complaint or denunciation concerning one of its members?
question-y4-resolved = Have those cases been fully resolved? (Yes = resolved, No = not yet)
question-y5-inspections = (Criterion 7) How many inspections and supervisions did the committee's yearly programme plan, and how many of them were carried out?
question-y6-rating = (Criterion 9) How does the committee rate itself this year? (If the committee above has rated it, the yearly results use that rating.)
question-y7-share-good = (Criterion 9) What share of the committee's members were rated "completed tasks well" or better this year?
question-y8-notes = Highlights, difficulties, requests to the higher committee (optional). No member names, no classified information.
part-targets-assigned = targets set
    .aliases = set, assigned, targets
part-targets-met = targets met
    .aliases = met, completed, done
part-inspections-planned = planned
    .aliases = plan, in the plan, inspections
part-inspections-done = carried out
    .aliases = done, held, completed
check-targets-met-le-assigned = The targets met ({ $left }) cannot be more than those set ({ $right }).
check-inspections-done-le-planned = The planned inspections carried out ({ $left }) cannot be more than those planned ({ $right }).
option-org-excellent = Completed tasks excellently
    .aliases = excellent
option-org-good = Completed tasks well
    .aliases = good, well
option-org-complete = Completed tasks
    .aliases = completed, complete
option-org-incomplete = Did not complete tasks
    .aliases = not completed, incomplete
yearly-summary-title = 📝 Summary of the { $period } yearly self-assessment — { $unit }
yearly-summary-actions = Check the answers, then type "submit" (or tap Submit the report). After that it can no longer be changed. To change an answer, type its number, e.g. 3.
yearly-receipt-title = ✅ The { $period } yearly self-assessment of { $unit } has been submitted.
yearly-already-submitted = The { $period } yearly self-assessment of { $unit } has been submitted and can no longer be changed.
yearly-paused-unsent = ⏸ All { $items }/{ $items } answers are saved, but the self-assessment is NOT SENT. Type /assess, then "submit"; until then the criteria the committee answers stay without data.
unscored-summary-note = This questionnaire is not scored: these answers, with the monthly reports of the cells below, decide criteria 1–4, 7 and 9 in the committee's { $period } yearly results (see /year).
unscored-receipt = The answers count towards the committee's criteria 1–4, 7 and 9 in the { $period } yearly results (leaders and admins see them with /year).
yearly-greeting-period = The committee's { $period } yearly self-assessment is open — { $progress }. Choose "Start the report" (or type /assess) to begin.
yearly-greeting-period-started = The committee's { $period } yearly self-assessment is open — { $progress }. Choose "Continue the report" (or type /assess) to go on where you stopped.
yearly-greeting-period-sent = The { $period } yearly self-assessment: { $progress }. A sent self-assessment cannot be changed.
yearly-greeting-late = Your committee may send its { $period } yearly self-assessment late, until the end of { $until } — { $progress }. Choose "Start the report" (or type /assess) to begin.
yearly-greeting-late-started = Your committee may send its { $period } yearly self-assessment late, until the end of { $until } — { $progress }. Choose "Continue the report" (or type /assess) to go on where you stopped.
yearly-late-report-note = ({ $period } yearly, late until the end of { $until })
unit-picker = You answer for { $count } units. Choose the report to do (type its number):
unit-picker-again = Which report? Choose one of the { $count } reports below (type its number):
picker-line = { $period }: { $progress }
yearly-picker-line = { $period } yearly self-assessment: { $progress }
yearly-nothing-open = the yearly self-assessment is not open
progress-sent = sent
yearly-none-open = No yearly self-assessment is open now.
yearly-last-closed = The { $period } yearly self-assessment has closed:
yearly-next-opens = The { $period } yearly self-assessment opens on { $date }.
yearly-error-assessment-period-closed = The { $period } yearly self-assessment has closed; answers are no longer recorded. The committee is counted as "not reported" for it.
yearly-hint-submitted = The { $period } yearly self-assessment of { $unit } has been sent and cannot be changed. Type /assess to see it.
yearly-open-invitation = 📣 The committee's { $period } yearly self-assessment is open. Please answer it for { $unit } (criteria 1–4, the inspection plan, ratings); due { $due }.
yearly-reminder-before = ⏰ { $days } days left to send the { $period } yearly self-assessment of { $unit } (due { $due }). Every answer is saved at once; you can do it in parts.
yearly-reminder-due = ⏰ Today ({ $due }) the { $period } yearly self-assessment of { $unit } is due.
yearly-reminder-overdue = ⏰ The { $period } yearly self-assessment of { $unit } is { $days } days overdue (due { $due }). Please complete it soon.
yearly-escalation = ⚠️ { $unit }: { $count } grassroots committees have not sent the { $period } yearly self-assessment (due { $due }): { $cells }
yearly-remind-line = • { $cell } — { $period } yearly self-assessment, { $stage }, { $recipients } recipients
yearly-open-future = Cannot open the { $period } yearly self-assessment: that year has not come yet.
yearly-open-closed = The { $period } yearly self-assessment has closed and cannot be reopened.
yearly-open-earlier = Cannot open the { $period } yearly self-assessment: the { $earlier } one is still open (committees answer one year at a time). Close { $earlier } first.
yearly-period-opened = The { $period } yearly self-assessment is open for the grassroots committees.
yearly-period-closed-now = The { $period } yearly self-assessment is closed; { $count } grassroots committees recorded as "not reported".
yearly-period-not-open = The { $period } yearly self-assessment is not open or was closed before.
yearly-period-close-early =
    The { $period } yearly self-assessment is due by the end of { $due }, which has not come yet. Closing now records { $awaiting } grassroots committees that have not sent it as "not reported", and they can no longer answer.
    To close it now anyway, send: /period close { $key } confirm
yearly-cli-period-close-early = The { $period } yearly self-assessment is due by the end of { $due }, which has not come yet: closing now records { $awaiting } grassroots committees that have not sent it as "not reported". To close it now anyway: npx bontot period close { $key } --yes
annual-self-not-open = The committee's yearly self-assessment is not open yet (it opens in December)
annual-self-not-started = The committee has not started its yearly self-assessment
annual-self-in-progress = The committee's yearly self-assessment is in progress, not sent
annual-self-not-reported = The committee did not send its yearly self-assessment (closed)
annual-detail-c4-executive-none = Committee's self-assessment: no disunity or complaints in the executive committee
annual-detail-c4-executive-resolved = Committee's self-assessment: a case of disunity or complaints in the executive committee, resolved
annual-detail-c4-executive-unresolved = Committee's self-assessment: a case of disunity or complaints in the executive committee, not resolved
annual-detail-c7-inspections = inspection and supervision plan: { $done }/{ $planned } carried out (committee's self-assessment)
annual-from-entered = — entered by the committee above
annual-from-self = — the committee's self-assessment
console-demo-yearly = You are also the secretary of { $unit }: the committee's { $year } yearly self-assessment is open to try — type /assess and choose it; once sent, type /year to see the committee's nine criteria.

## CLI on commander: help, usage mistakes, configuration, database, files out (issue 12, items 5–7)

cli-program-description = bontot — the "four-good party cell" bot: monthly reports, the year's results, reminders, digests on Telegram, Zalo and the console.
cli-program-after =
    Every command has its own help with examples: npx bontot <command> --help (e.g. npx bontot annual --help).
    Configure with environment variables or a .env file (see .env.example); --lang en or BONTOT_LANG=en for English.
    Exit codes: 0 done, 2 the command was called wrongly (an option, a value), 1 it failed (configuration, database).
cli-help-usage = Usage:
cli-help-arguments = Arguments:
cli-help-options = Options:
cli-help-global-options = Global options:
cli-help-commands = Commands:
cli-help-examples = Examples:
cli-help-choices = one of: { $choices }
cli-help-default = default: { $value }
cli-help-option = show the command's help
cli-help-command = show the help of a command
cli-version-option = print the version number
cli-option-lang = language of the messages (and of reports)
cli-placeholder-command = command
cli-placeholder-lang = language
cli-placeholder-file = FILE
cli-placeholder-code = CODE
cli-placeholder-name = NAME
cli-placeholder-kind = KIND
cli-placeholder-role = ROLE
cli-placeholder-number = N
cli-placeholder-period = YYYY-MM
cli-placeholder-year = YYYY
cli-placeholder-format = FORMAT
cli-placeholder-reason = REASON
cli-placeholder-chat = CHANNEL:ID
cli-placeholder-rating = RATING
cli-placeholder-percent = PERCENT
cli-placeholder-yes-no = yes|no
cli-placeholder-note = NOTE
cli-missing-argument = { $argument } is missing.
cli-missing-option = { $option } is missing.
cli-conflicting-options = { $option } cannot be used with { $other }.
cli-did-you-mean = Did you mean { $suggestion }?
cli-bad-choice = The option { $option } does not take "{ $value }"; use one of: { $allowed }.
cli-bad-integer = { $option } "{ $value }" is not valid: a whole number from { $min } to { $max } is needed.
cli-bad-year = The year "{ $value }" is not in the form YYYY (e.g. { $option } 2026).
cli-file-written = Wrote { $file }.
cli-out-no-dir = Cannot write { $file }: the folder { $dir } does not exist (check the path; bontot does not create folders for --out).
cli-out-is-dir = { $file } is a folder: --out needs a file name, e.g. { $file }/report.xlsx.
cli-out-exists = { $file } already exists; add --force to overwrite it, or choose another name.
cli-out-is-database = { $file } is bontot's database: it is never overwritten, --force or not. Choose another name for --out.
cli-option-out = write to FILE (without --out: a name of its own under data/exports/; --out - writes to the screen)
cli-option-force = overwrite the --out file if it exists
cli-fs-EACCES = no permission to write
cli-fs-EPERM = no permission to write
cli-fs-EROFS = the disk is read-only
cli-fs-ENOSPC = the disk is full
cli-fs-ENOENT = the folder does not exist
cli-fs-ENOTDIR = part of the path is not a folder
cli-fs-EISDIR = that is a folder
cli-config-where = Fix it in the .env file (or the environment) and run again; every variable is explained in .env.example.

config-invalid = the value is not valid.
config-not-empty = must not be empty.
config-time-zone = is not an IANA time zone (e.g. Asia/Ho_Chi_Minh).
config-positive-integer = needs a positive whole number.
config-non-negative-integer = needs a whole number, 0 or more.
config-day-of-month = needs a day of the month, a whole number from 1 to 31.
config-true-false = takes only true or false.
config-cron = is not a valid cron expression (minute hour day month weekday, e.g. "0 8 * * *" is 08:00 every day).
config-postgres-url = needs a PostgreSQL URL such as postgresql://user:password@host:5432/database (leave it empty for the SQLite file).
config-instance = needs a short name: letters, digits, _ . : - (at most 64 characters).
config-lang = takes only vi or en.
config-log-level = takes only fatal, error, warn, info, debug, trace or silent.
config-telegram-token = does not look like a token from @BotFather (123456:ABC…).
config-url = needs a full URL (https://…).
config-url-trailing-slash = must not end with a "/".
config-webhook-https = Telegram posts updates to https:// URLs only (http:// works with localhost alone).
config-webhook-secret = needs 16 to 256 characters: letters, digits, _ and - (e.g. from `openssl rand -hex 32`).
config-webhook-secret-required = is required with TELEGRAM_WEBHOOK_URL, so that only Telegram can post updates to the bot.
config-port = needs a port from 0 to 65535.
config-bot-username = needs a bot username such as bontot_bot (5–32 letters, digits, _).
config-telegram-ids = needs a comma-separated list of numeric Telegram user ids.
config-zalo-ids = needs a comma-separated list of numeric Zalo user ids.
config-days-list = needs a comma-separated list of days, e.g. 3,1.
config-overdue-max = needs a whole number from 0 to 31.
config-quiet-hours = needs the form HH:MM-HH:MM, e.g. 21:00-07:00.
config-zalo-interval = needs a number of milliseconds, at least 500.
config-due-after-close = the due day ({ $due } of the next month) must be on or before the closing day PERIOD_CLOSE_DAY ({ $close }): otherwise the period closes before the report is due.
config-close-after-next-open = period M closes at the end of day { $close } of month M+1, but period M+1 has opened on PERIOD_OPEN_DAY ({ $open }): two periods would be open at once. The closing day must be smaller than the opening day.
config-reminder-before-open = a reminder { $days } days before the due date falls before the period opens (from opening to the due date can be as little as { $window } days, as in February).
config-reminders-in-quiet-hours = the reminders at { $times } fall in the quiet hours QUIET_HOURS={ $quiet }: they would wait until { $resume }. Change the reminder time or QUIET_HOURS.
config-digest-in-quiet-hours = the weekly digest at { $times } falls in the quiet hours QUIET_HOURS={ $quiet }: it would wait until { $resume }. Change its time or QUIET_HOURS.
config-annual-in-quiet-hours = the year's results at { $times } fall in the quiet hours QUIET_HOURS={ $quiet }: they would wait until { $resume }. Change their time or QUIET_HOURS.

db-problem-corrupt = The database file { $file } is damaged or is not a bontot database; bontot neither reads nor writes it.
db-problem-cannot-create = Cannot create or open the database { $file } ({ $code }): the folder cannot be written, or the path is wrong. Check BONTOT_DB_PATH and the folder's permissions.
db-problem-cannot-open = Cannot open the database { $file } ({ $code }): check that the file is there and readable, and that the disk works.
db-problem-read-only = The database { $file } is read-only: this command writes, so it did nothing. Commands that only read (units, report, history, annual) still work; to write, run as an account that may write the file and its folder.
db-problem-needs-migration = The database { $file } needs its structure updated ({ $count } migrations) but the file is read-only. Run "npx bontot db migrate" as an account that may write it, then run again.
db-problem-migration-changed = The migration { $migration } was changed after it was applied to { $file }: this bontot does not match the database. Use the bontot version that made the data.
db-problem-disk-full = The disk holding { $file } is full: nothing was written. Free some space and run again.
db-problem-postgres-unreachable = Cannot reach PostgreSQL at { $where } ({ $code }): the server is not running, the host or port is wrong, or a firewall blocks it.
db-problem-postgres-refused = PostgreSQL at { $where } refused the login of user "{ $user }": check the name and password in DATABASE_URL.
db-problem-postgres-no-database = PostgreSQL at { $where } has no database "{ $database }": create it (createdb) or fix DATABASE_URL.
db-problem-help = Back up regularly: npx bontot db backup. To restore: stop the bot, copy a backup over the database file (README, "Backups and restoring").
db-problem-postgres-help = Check DATABASE_URL in .env (or leave it empty to use the SQLite file).
cli-db-read-only = The database { $file } is read-only and up to date: nothing to migrate.

cli-start-description = run the bot: Telegram/Zalo when configured, else the local trial (console)
cli-start-examples =
    npx bontot start
    npx bontot start --lang en
cli-report-description = the cells' monthly report: an Excel workbook (xlsx) to file, CSV, text or JSON (status, score, four-good, each criterion, vetoes, warnings, note, answers); reads only
cli-report-examples =
    npx bontot report --period 2026-11 --format xlsx                    # writes data/exports/bao-cao-thang-2026-11.xlsx
    npx bontot report --period 2026-11 --unit MK --out report-MK.xlsx
    npx bontot report --period 2026-11 --format csv --out report.csv    # Vietnamese CSV, ";" (Excel in Vietnamese)
    npx bontot report --period 2026-11 --format csv --lang en           # English CSV, ","
    npx bontot report --period 2026-11 --format text --unit MK-THPT
    npx bontot report --period 2026-11                                  # JSON for machines
cli-option-period = the reporting period (a month), e.g. 2026-11
cli-option-format = output format
cli-annual-description = the year: cells eligible as four-good, grassroots committees' nine criteria; an xlsx workbook, a 12-month chart
cli-annual-examples =
    npx bontot annual --year 2026
    npx bontot annual --year 2026 --unit MK --format xlsx
    npx bontot annual --year 2026 --format csv --out year-2026.csv
    npx bontot annual --year 2026 --unit MK --chart year-2026.png
cli-option-year = the year, e.g. 2026
cli-option-annual-unit = only this unit and the units below it
cli-option-annual-format = format (text by default; xlsx always goes to a file)
cli-option-chart = draw the PNG chart (without a file name: a name of its own under data/exports/)
cli-units-description = the organisation tree (reads only); add units with "units add"
cli-units-examples =
    npx bontot units
    npx bontot units --format json
    npx bontot units add --code LC --name "Tỉnh ủy Lào Cai" --kind province
cli-units-empty = There are no units yet. Create the top unit: npx bontot units add --code MK --name "Đảng ủy xã Mường Khương" --kind committee (or npx bontot demo to try the demo organisation).
cli-units-add-description = add a unit; a unit without --parent is the top of the tree (a cell always needs one above it)
cli-units-add-examples =
    npx bontot units add --code MK --name "Đảng ủy xã Mường Khương" --kind committee
    npx bontot units add --code MK-PL1 --name "Chi bộ thôn Pha Long 1" --kind cell --parent MK --members 18
cli-option-unit-code = the unit's code: letters, digits, "-" or "_" (at most 32)
cli-option-unit-name = the unit's name
cli-option-unit-kind = the kind of unit
cli-option-unit-parent = the code of the unit above (none: a top unit)
cli-option-unit-members = the number of members (required for a cell)
cli-invite-description = create a one-time invite code (and Telegram link) for someone to register with a unit
cli-invite-examples =
    npx bontot invite --unit MK-PL1
    npx bontot invite --unit MK --role admin
    npx bontot invite --unit MK --all-cells --out invite-cards-MK.pdf
cli-option-unit = the unit's code
cli-option-role = the role of the person invited
cli-demo-description = create the demo organisation (8 units, no people) on an empty database
cli-demo-examples =
    npx bontot demo
cli-digest-description = a unit's digest as its group gets it (and the chart)
cli-digest-examples =
    npx bontot digest --unit MK
    npx bontot digest --unit MK --period 2026-11 --chart digest.png
cli-option-digest-period = the period (by default the one the digest is about)
cli-remind-description = the cells that have not submitted and the next scheduled reminder; --now: remind them all at once (in the quiet hours the messages wait for the morning)
cli-remind-examples =
    npx bontot remind                    # shows: how many cells are late, the next scheduled reminder, cells without a secretary
    npx bontot remind --unit MK
    npx bontot remind --now              # remind every late cell now (each cell at most once a day)
    npx bontot remind --now --unit MK-THPT
cli-option-remind-dry-run = only show, send nothing (as without --now)
cli-period-description = open, close, reopen reporting periods; allow one cell a late report
cli-period-examples =
    npx bontot period open 2026-11
    npx bontot period close 2026-11 --yes
    npx bontot period reopen 2026-11 --reason "Extension for the commune" --days 7
    npx bontot period late --unit MK-NC --period 2026-11 --reason "Power cut" --days 3
cli-argument-period = the reporting period (a month), e.g. 2026-11
cli-period-open-description = open a month's reporting period (invites the secretaries)
cli-period-open-examples =
    npx bontot period open 2026-11
cli-period-close-description = close a period: cells that did not submit are recorded as not reported
cli-option-period-close-yes = confirm closing before the due date
cli-period-close-examples =
    npx bontot period close 2026-11
    npx bontot period close 2026-11 --yes
cli-period-reopen-description = reopen a closed period with a new deadline
cli-option-reason = the reason (kept in the audit log; no member names)
cli-option-reopen-days = how many more days (7 by default)
cli-period-reopen-examples =
    npx bontot period reopen 2026-11 --reason "Extension for the commune"
    npx bontot period reopen 2026-11 --reason "Extension for the commune" --days 10
cli-period-late-description = allow one cell a late report for a closed period
cli-option-cell = the cell's code
cli-option-late-days = how many days late (7 by default)
cli-period-late-examples =
    npx bontot period late --unit MK-NC --period 2026-11 --reason "Power cut" --days 3
cli-correction-description = return a submitted report to its cell for correction
cli-option-correction-reason = why it is returned (the cell is told)
cli-correction-examples =
    npx bontot correction --unit MK-PL1 --period 2026-11 --reason "Attendance does not match the register"
cli-history-description = a report's submissions, returns and audit entries (reads only)
cli-history-examples =
    npx bontot history --unit MK-PL1 --period 2026-11
    npx bontot history --unit MK-PL1 --period 2026-11 --format json
cli-yearend-description = the committee's year-end inputs: ratings, missed meetings, titles, import from a spreadsheet, thresholds
cli-yearend-examples =
    npx bontot yearend rating --unit MK-PL1 --year 2026 --rating good --share 95
    npx bontot yearend template --year 2026 --unit MK
    npx bontot yearend import mau-cuoi-nam-2026.xlsx --dry-run
    npx bontot yearend thresholds --unit MK
cli-yearend-rating-description = the year-end rating and the share of members rated good or better
cli-option-yearend-unit = the code of a cell or grassroots committee
cli-option-yearend-rating = excellent | good | complete | incomplete (or the Vietnamese words, with or without diacritics)
cli-option-yearend-share = % of members rated good or better: 95, 95% or 0.95
cli-yearend-rating-examples =
    npx bontot yearend rating --unit MK-PL1 --year 2026 --rating good --share 95
    npx bontot yearend rating --unit MK-THPT --year 2026 --rating excellent
cli-yearend-missed-description = approve (or withdraw) the reason a cell held no meeting in a month
cli-option-yearend-missed-reason = the approved reason (at most 500 characters, no member names)
cli-option-yearend-withdraw = withdraw the approved reason
cli-yearend-missed-examples =
    npx bontot yearend missed --unit MK-NC --period 2026-08 --reason "Floods, the village was evacuated"
    npx bontot yearend missed --unit MK-NC --period 2026-08 --withdraw
cli-yearend-title-description = the committee's title decision (kept apart from the computed result)
cli-option-yearend-conferred = whether the title is conferred
cli-option-yearend-note = a note, e.g. the decision's number (at most 500 characters)
cli-yearend-title-examples =
    npx bontot yearend title --unit MK-PL1 --year 2026 --conferred yes --note "Decision 12-QĐ/ĐU"
cli-yearend-import-description = import a .xlsx or .csv spreadsheet (every row checked; all or nothing written)
cli-argument-yearend-file = a .xlsx or .csv file
cli-option-yearend-import-year = the year for rows without a Year column
cli-option-dry-run = dry run: print what would change, write nothing
cli-yearend-import-examples =
    npx bontot yearend import year-2026.xlsx --dry-run
    npx bontot yearend import year-2026.csv --year 2026
cli-yearend-template-description = write a template with every cell and grassroots committee filled in (.xlsx or .csv)
cli-option-yearend-template-year = the year (by default the year under review)
cli-yearend-template-examples =
    npx bontot yearend template --year 2026
    npx bontot yearend template --year 2026 --unit MK --out year-2026.csv
cli-yearend-thresholds-description = a committee's annual thresholds for the units below it (without values: those in force)
cli-option-threshold-share-good = least % of members rated good or better (0–100)
cli-option-threshold-four-good-months = least four-good months (0–12)
cli-option-threshold-criterion-months = least months each criterion is met (0–12)
cli-option-threshold-meetings-with-reason = least regular meetings when every missed one has a reason (0–12)
cli-option-threshold-admissions-percent = least admissions rate in % (grassroots committees)
cli-option-threshold-clear = clear the unit's own thresholds
cli-yearend-thresholds-examples =
    npx bontot yearend thresholds --unit MK
    npx bontot yearend thresholds --unit MK --share-good 100 --four-good-months 11
    npx bontot yearend thresholds --unit MK --clear
cli-zalo-description = the bot's Zalo account
cli-zalo-login-description = log the bot in to Zalo with a QR code (saves the session for npm start)
cli-zalo-login-examples =
    npx bontot zalo login
cli-outbox-description = messages waiting to be sent or failed, per chat
cli-outbox-examples =
    npx bontot outbox
    npx bontot outbox retry --chat telegram:-1001234567890
    npx bontot outbox drop --id 42
cli-outbox-retry-description = put failed messages back in the queue
cli-outbox-drop-description = drop messages (never send them)
cli-option-outbox-id = one message, by its number
cli-option-outbox-chat = every message of one chat, e.g. telegram:-1001234567890
cli-option-outbox-all = every chat
cli-outbox-retry-examples =
    npx bontot outbox retry --chat telegram:-1001234567890
    npx bontot outbox retry --all
cli-outbox-drop-examples =
    npx bontot outbox drop --id 42
    npx bontot outbox drop --chat zalo:123456789
cli-outbox-bad-chat = --chat "{ $chat }" needs the form CHANNEL:ID, e.g. telegram:-1001234567890.
cli-db-description = the database: create or update it, back it up
cli-db-examples =
    npx bontot db migrate
    npx bontot db backup
cli-db-migrate-description = create or update the database's structure
cli-db-migrate-examples =
    npx bontot db migrate
cli-db-backup-description = back up the SQLite file while the bot runs (never overwrites)
cli-argument-backup-file = the backup file (by default data/backups/bontot-DATE-TIME.db)
cli-db-backup-examples =
    npx bontot db backup
    npx bontot db backup /mnt/usb/bontot-2026-11-30.db
cli-version-description = print the version number
cli-version-examples =
    npx bontot version

## Questionnaires as files an office can edit, versioned per subtree (issue 13): check, preview, export, import, rescore

qfile-at = line { $line }, column { $column }: { $message }
qfile-at-related = line { $line }, column { $column }: { $message } (see line { $related })
qfile-field = { $key }
qfile-field-nth = { $field } #{ $n }
qfile-field-points-of = the points for «{ $option }»
qfile-field-file = the file
qfile-field-code = code
qfile-field-version = version
qfile-field-criteria = criteria
qfile-field-id = id
qfile-field-name = name
qfile-field-max = max
qfile-field-metat = metAt
qfile-field-questions = questions
qfile-field-item = item
qfile-field-criterion = criterion
qfile-field-label = label
qfile-field-prompt = prompt
qfile-field-answer = answer
qfile-field-type = type
qfile-field-min = min
qfile-field-unit = unit
qfile-field-parts = parts
qfile-field-options = options
qfile-field-optional = optional
qfile-field-askif = askIf
qfile-field-checks = checks
qfile-field-left = left
qfile-field-right = right
qfile-field-error = error
qfile-field-rules = rules
qfile-field-kind = kind
qfile-field-q = q
qfile-field-part = part
qfile-field-points = points
qfile-field-when = when
qfile-field-value = value
qfile-field-bands = bands
qfile-field-atleast = atLeast
qfile-field-above = above
qfile-field-atmost = atMost
qfile-field-note = note
qfile-field-of = of
qfile-field-zeroes = zeroes
qfile-field-sum = sum
qfile-field-percentof = percentOf
qfile-field-ref = ref
qfile-field-in = in
qfile-field-monthofquarter = monthOfQuarter
qfile-field-all = all
qfile-field-any = any
qfile-field-not = not
qfile-field-const = const
qfile-field-maxlength = maxLength
qfile-field-vi = vi
qfile-field-en = en
qfile-field-aliases = aliases
qfile-field-texts = texts
qfile-expected-number = a number
qfile-expected-int = a whole number
qfile-expected-string = a word (a text or an id)
qfile-expected-array = a list (lines starting with "- ", or [ … ])
qfile-expected-object = a group of fields (indented "name: value" lines)
qfile-expected-boolean = true or false
qfile-expected-record = a group of "option: points"
qfile-expected-other = of type { $expected }
qfile-missing = { $field } is missing
qfile-type = { $field } must be { $expected }
qfile-number-at-least = { $field } must be a number ≥ { $min }
qfile-number-above = { $field } must be a number > { $min }
qfile-number-at-most = { $field } must be a number ≤ { $max }
qfile-number-below = { $field } must be a number < { $max }
qfile-items-at-least = { $field } needs at least { $min } entries
qfile-items-at-most = { $field } may have at most { $max } entries
qfile-items-exact = { $field } needs exactly { $count } entries
qfile-text-empty = { $field } must not be empty
qfile-text-too-long = { $field } is longer than { $max } characters
qfile-one-of = { $field } must be one of: { $values }
qfile-one-of-suggest = { $field } must be one of: { $values } — did you mean «{ $suggestion }»?
qfile-unknown-field = there is no field «{ $name }» here
qfile-unknown-field-suggest = there is no field «{ $name }» here — did you mean «{ $suggestion }»?
qfile-text-unknown-field = a text has only vi, en (and aliases); «{ $name }» is extra. If the text has a comma inside {"{"} … {"}"}, put the whole text in double quotes: vi: "Đoàn kết, kỷ luật tốt"
qfile-question-id = question id «{ $value }» may hold only lowercase letters without accents, digits and underscores (e.g. q4_preparation)
qfile-option-id = option id «{ $value }» may hold only lowercase letters without accents, digits and hyphens, starting with a letter (e.g. prep-both)
qfile-text-key = «{ $value }» is not the name of a text (lowercase letters without accents, digits and hyphens, e.g. question-q1-held); to write the text here, write vi: … and en: …
qfile-expected-ref = { $field } must be a reference: q: a question id (with part: the part's number, from 0, for a question of several numbers), or unit: memberCount (the cell's members), or const: a number
qfile-expected-condition = { $field } must be a condition: ref: … with in: [values] or atLeast:/atMost: …; monthOfQuarter: [1, 2, 3]; all: [ … ]; any: [ … ]; or not: …
qfile-expected-value = { $field } must be a measure: ref: …, sum: [ … ] or percentOf: [part, whole]
qfile-invalid = { $field } is not valid ({ $detail })
qfile-texts-in-file = a file does not use a texts field: write each text where it is used (vi: … and en: …)
qfile-option-text-conflict = option «{ $id }» is written elsewhere with other text
qfile-key-written-here = «{ $key }» names a text this file writes itself; write the text here too
qfile-code-format = code «{ $value }» may hold only lowercase letters without accents, digits and hyphens, starting with a letter (e.g. kieu-mau)
qfile-unknown-question = there is no question «{ $id }»
qfile-unknown-question-suggest = there is no question «{ $id }» — did you mean «{ $suggestion }»?
qfile-part-not-a-list = question «{ $id }» ({ $type }) is not several numbers: remove part
qfile-part-out-of-range = question «{ $id }» has only { $count } parts: part goes from 0 to { $last }
qfile-part-needed = question «{ $id }» is { $count } numbers: part (counted from 0) must pick one
qfile-not-a-number = question «{ $id }» ({ $type }) gives no number, so it cannot be used here
qfile-not-comparable = question «{ $id }» ({ $type }) cannot be compared with values
qfile-unknown-option = «{ $option }» is not an option of question «{ $id }» (it has: { $options })
qfile-not-a-choice = question «{ $id }» ({ $type }) has no options to score by
qfile-ask-if-later = askIf may only look at questions asked before; «{ $id }» comes later (or is this very question)
qfile-duplicate-question = question id «{ $id }» is used twice
qfile-duplicate-rule = rule id «{ $id }» is used twice
qfile-duplicate-criterion = criterion «{ $id }» is declared twice
qfile-duplicate-option = option «{ $id }» is listed twice
qfile-duplicate-part = part «{ $id }» is listed twice
qfile-reserved-option = option id «{ $id }» is taken by the bot's own buttons; choose another
qfile-unknown-criterion = criterion «{ $id }» is not among the criteria
qfile-bands-order = bands go from most points to fewest: this { $points }-point band after a { $before }-point band would never be chosen
qfile-item-order = items are numbered in turn from 1, the questions of one item together: this is { $item }, expected { $expected } (or the item of the question just before)
qfile-met-at-above-max = the threshold metAt ({ $metAt }) is above the maximum ({ $max })
qfile-reachable-max = criterion { $id }: declared maximum { $max } points, but its rules add up to at most { $reachable }
qfile-reachable-max-months = criterion { $id }: declared maximum { $max } points, but in month { $months } of the quarter its rules add up to at most { $reachable }
qfile-score-bands-order = bands go from the highest threshold down: { $atLeast } comes after { $before }
qfile-score-bands-floor = the last band must have atLeast: 0 (here { $atLeast }) so every score has a band
qfile-criteria-count = a scored questionnaire needs exactly the 4 criteria I, II, III, IV (here { $count }); one that is not scored has criteria: []
qfile-unscored-rule = a questionnaire without criteria (not scored) has flag rules only; «{ $id }» scores
qfile-unscored-bands = a questionnaire without criteria (not scored) has no bands: write bands: []
qfile-bands-needed = a scored questionnaire needs at least one band in bands
qfile-syntax = YAML syntax error: { $detail }
qfile-syntax-bad-indent = the indentation does not match the lines at the same level
qfile-syntax-duplicate-key = a field is written twice in the same group
qfile-syntax-tab-as-indent = indented with Tab; YAML takes spaces only
qfile-syntax-missing-char = a closing bracket or quote is missing
qfile-syntax-unexpected-token = a character is out of place
qfile-syntax-bad-scalar-start = a value starts with a special character; put it in double quotes
qfile-syntax-block-in-flow = inside [ … ] or braces a list cannot go on separate "- " lines
qfile-syntax-multiline-implicit-key = a field name cannot run onto the next line (a colon or a quote may be missing)
qfile-syntax-bad-alias = *name is used but no &name comes before it
qfile-syntax-multiple-docs = a file holds one questionnaire only (remove the --- line)
qfile-syntax-too-many-aliases = too many *name aliases nested into each other
qfile-syntax-other = not valid YAML ({ $code })
qfile-not-a-questionnaire = the file is not a questionnaire: it needs the fields code, version, criteria, questions, rules, bands
qfile-unknown-text = there is no text «{ $key }» in locales/vi.ftl; write the text here: vi: … and en: …
qpreview-title = Preview of questionnaire { $name } (content id { $hash })
qpreview-intro = { $items } items, { $questions } questions. A cell secretary sees each question as below (for example in { $period }).
qpreview-asked-if = asked only when { $condition }
qpreview-criteria-title = Maximum points per criterion:
qpreview-criterion = Criterion { $id } ({ $name }): at most { $max } points, met from { $metAt }
qpreview-rule = • { $label }: at most { $points } points
qpreview-rule-when = • { $label }: at most { $points } points, when { $condition }
qpreview-veto = ⛔ { $label }: the criterion is not met, when { $condition }
qpreview-veto-zeroes = ⛔ { $label }: the criterion scores 0 and is not met, when { $condition }
qpreview-total = Total at most: { $max } points.
qpreview-bands = Reference bands: { $bands }
qpreview-band = { $label } from { $atLeast }%
qpreview-flags = Early warnings for the committee (not scored):
qpreview-flag = { $label }, when { $condition }
qpreview-unscored = This questionnaire is not scored (it has no criteria): its answers are read for the yearly review.
qpreview-members = the cell's member count
qpreview-and = and
qpreview-or = or
qpreview-cond-in = «{ $label }» is { $values }
qpreview-cond-at-least = «{ $label }» ≥ { $min }
qpreview-cond-at-most = «{ $label }» ≤ { $max }
qpreview-cond-between = «{ $label }» from { $min } to { $max }
qpreview-cond-answered = «{ $label }» is answered
qpreview-cond-months = month { $months } of the quarter
qpreview-cond-not = not ({ $condition })

cli-questionnaire-description = the monthly questionnaire as a YAML file: check, preview, export, rescore a past period, adopt it for a subtree
cli-questionnaire-examples =
    npx bontot questionnaire export > questionnaire.yaml                            # the one in use, to edit
    npx bontot questionnaire check questionnaire.yaml                               # every problem, with line and column
    npx bontot questionnaire preview questionnaire.yaml                             # what a secretary will see
    npx bontot questionnaire rescore questionnaire.yaml --period 2026-11 --unit MK  # last month's scores under this file
    npx bontot questionnaire import questionnaire.yaml --unit MK --from 2027-01     # adopt it from a period not yet open
    npx bontot questionnaire list
cli-argument-questionnaire-file = the questionnaire file (.yaml)
cli-questionnaire-check-description = check a questionnaire file: every problem at once, with its line, column and what to fix
cli-questionnaire-check-examples =
    npx bontot questionnaire check questionnaires/kieu-mau.yaml
    npx bontot questionnaire check questionnaire.yaml --lang en
cli-questionnaire-preview-description = preview: each question exactly as a cell secretary will see it, and the maximum per criterion
cli-questionnaire-preview-examples =
    npx bontot questionnaire preview questionnaires/kieu-mau.yaml
    npx bontot questionnaire preview questionnaire.yaml --lang en
cli-questionnaire-export-description = print the questionnaire in force (the built-in one, or a unit's) as YAML, to edit
cli-option-questionnaire-export-unit = the questionnaire this unit's cells use (default: the built-in one)
cli-option-questionnaire-export-period = the period (month) to look at, with --unit (default: this month)
cli-option-questionnaire-out = write to FILE instead of the screen
cli-questionnaire-export-examples =
    npx bontot questionnaire export > questionnaire.yaml
    npx bontot questionnaire export --unit MK --out questionnaire-MK.yaml
    npx bontot questionnaire export --unit MK-PL1 --period 2027-01
cli-questionnaire-import-description = adopt a questionnaire file for a unit and every unit below it, from a period not yet open
cli-option-questionnaire-unit = the unit (code) adopting it, for itself and every unit below it
cli-option-questionnaire-from = the first period answered with it, a month not yet open, e.g. 2027-01
cli-questionnaire-import-examples =
    npx bontot questionnaire import questionnaire.yaml --unit MK --from 2027-01 --dry-run
    npx bontot questionnaire import questionnaires/kieu-mau.yaml --unit MK-THPT --from 2027-01
cli-questionnaire-list-description = which questionnaire each subtree uses, from which period, and the versions stored
cli-questionnaire-list-examples =
    npx bontot questionnaire list
cli-questionnaire-rescore-description = what-if: score an answered period again under a new file, storing nothing, old and new score per cell
cli-option-questionnaire-rescore-period = the answered period to rescore, e.g. 2026-11
cli-option-questionnaire-rescore-unit = only the cells under this unit
cli-questionnaire-rescore-examples =
    npx bontot questionnaire rescore questionnaire.yaml --period 2026-11
    npx bontot questionnaire rescore questionnaires/kieu-mau.yaml --period 2026-11 --unit MK --format json
cli-questionnaire-unreadable = Cannot read { $file }: { $reason }
cli-questionnaire-not-text = { $file } is not a UTF-8 text (YAML) file.
cli-questionnaire-too-large = { $file } is too large ({ $size } bytes): a questionnaire is a few dozen KB. Is it the right file?
cli-questionnaire-invalid = ❌ { $file }: { $count ->
        [one] 1 problem to fix:
       *[other] { $count } problems to fix:
    }
cli-questionnaire-invalid-file = ❌ The questionnaire file has problems; nothing was adopted:
cli-questionnaire-valid = ✅ { $file }: questionnaire { $name } is valid — { $items } items, { $questions } questions, at most { $max } points (content id { $hash }).
cli-questionnaire-export-header =
    Questionnaire { $name } (content id { $hash }): the built-in one, used by every unit without one of its own.
    Edit points, thresholds and questions right here; give it your unit's own code (e.g. monthly-mk) with version: 1, and raise version with every later change; then:
      npx bontot questionnaire check FILE              check it (every problem, with its line)
      npx bontot questionnaire preview FILE            see what a secretary will see
      npx bontot questionnaire rescore FILE --period YYYY-MM --unit CODE    rescore last month
      npx bontot questionnaire import FILE --unit CODE --from YYYY-MM       adopt it from a period not yet open
    Text is written in place: {"{"} vi: "…", en: "…" {"}"}; the name of a line of locales/vi.ftl (e.g. question-q1-held) stays as it is — the # lines beside it show its current text.
cli-questionnaire-export-header-unit =
    Questionnaire { $name } (content id { $hash }): used by the cells of { $unit } ({ $code }) in { $period } (adopted from { $from }).
    Edit points, thresholds and questions right here; raise version with every change; then:
      npx bontot questionnaire check FILE              check it (every problem, with its line)
      npx bontot questionnaire preview FILE            see what a secretary will see
      npx bontot questionnaire rescore FILE --period YYYY-MM --unit CODE    rescore last month
      npx bontot questionnaire import FILE --unit CODE --from YYYY-MM       adopt it from a period not yet open
    Text is written in place: {"{"} vi: "…", en: "…" {"}"}; the name of a line of locales/vi.ftl (e.g. question-q1-held) stays as it is — the # lines beside it show its current text.
cli-questionnaire-import-plan = From { $from }, { $unit } ({ $code }) and every unit below it will use questionnaire { $name } (content id { $hash }): { $cells } cells.
cli-questionnaire-import-done = ✅ Adopted: from { $from }, { $unit } ({ $code }) and every unit below it use questionnaire { $name } (content id { $hash }): { $cells } cells.
cli-questionnaire-import-version-new = Version { $name } is new: it will be stored.
cli-questionnaire-import-version-saved = New version { $name } stored.
cli-questionnaire-import-version-stored = Version { $name } is stored already with exactly this content: reused, nothing added.
cli-questionnaire-import-replaces = Replaces { $previous }, adopted by { $code } from the same period { $from }.
cli-questionnaire-import-before = Until then these cells used: { $list }.
cli-questionnaire-import-before-item = { $name } ({ $cells } cells)
cli-questionnaire-import-keep-own = { $unit } ({ $code }) has a questionnaire of its own nearer to its cells and keeps { $name } ({ $cells } cells).
cli-questionnaire-import-dry-run = Dry run: nothing was written. Leave out --dry-run to adopt it.
cli-questionnaire-import-unchanged = Nothing changed: from { $from }, { $unit } ({ $code }) already uses { $name } (content id { $hash }).
cli-questionnaire-period-begun = Cannot adopt it from { $period }: period { $latest } has opened{ $open ->
        [yes] {" "}(it is open)
       *[no] {""}
    }, and a period that has opened keeps its questionnaire. Use --from { $next } or later.
cli-questionnaire-version-taken = Version { $name } is stored with other content (stored content id { $stored }, this file's { $file }). A version never changes: raise version in the file (or change code) and check it again.
cli-questionnaire-unscored = { $name } is not scored (it has no criteria): only the cells' monthly questionnaire can be adopted per subtree.
cli-questionnaire-list-title = Questionnaires per subtree:
cli-questionnaire-list-none = No unit has a questionnaire of its own yet.
cli-questionnaire-list-line = { $unit } ({ $code }): { $name } { $begun ->
        [yes] since { $from }
       *[no] from { $from } on
    } — { $cells } cells
cli-questionnaire-list-default = Every other cell: { $name } (built-in, content id { $hash })
cli-questionnaire-list-versions = Versions stored:
cli-questionnaire-list-version = { $name } — content id { $hash }, stored on { $date }
cli-questionnaire-rescore-title = Rescoring { $period } under questionnaire { $name } — old → new:
cli-questionnaire-rescore-title-unit = Rescoring { $period } under questionnaire { $name }, the cells of { $unit } ({ $code }) — old → new:
cli-questionnaire-rescore-line = { $code } { $name }: { $old } ({ $oldVersion }) → { $new }
cli-questionnaire-rescore-score = { $score }/{ $max }, { $fourGood ->
        [yes] four-good
       *[no] not four-good
    }
cli-questionnaire-rescore-not-submitted = not submitted ({ $status })
cli-questionnaire-rescore-no-answers = { $code } { $name }: no answer given ({ $status }), nothing to score
cli-questionnaire-rescore-failed = criteria not met under the new one: { $criteria }
cli-questionnaire-rescore-missing = { $count } questions the old answers do not cover: { $questions }
cli-questionnaire-rescore-question = item { $item } «{ $label }»
cli-questionnaire-rescore-summary = Four-good: old { $oldFourGood }/{ $submitted } submitted cells, new { $newFourGood }/{ $rescored } cells with answers. Average score: old { $oldAverage }, new { $newAverage }.
cli-questionnaire-rescore-missing-note = Missing questions score 0; nothing is guessed.
cli-questionnaire-rescore-nothing-stored = Nothing was stored: this is a what-if.
cli-questionnaire-status-in_progress = in progress
cli-questionnaire-status-submitted = submitted
cli-questionnaire-status-not_reported = not reported
cli-questionnaire-status-not_started = not started
digest-questionnaire = 📋 Questionnaire: { $list }
digest-questionnaire-cells = { $name } ({ $cells } cells)
cli-questionnaire-rescore-unscored = { $name } is not scored (it has no criteria): there is no score to compare.
cli-questionnaire-built-in-code = Code { $code } belongs to a built-in questionnaire: an edited one needs a code of its own (e.g. { $code }-mk, version: 1), so it never collides with a later version of the built-in one.
## The org tree as a spreadsheet: units import / export / edit / remove / archive (issue 12, item 1)

cli-units-import-description = import the org tree from a spreadsheet (.xlsx or .csv): a dry run listing the changes by default; --apply writes them
cli-units-import-file = a .xlsx file (its first sheet) or a .csv file with the columns Code, Name, Kind, Parent, Members (and Status, if wanted)
cli-option-units-apply = write the changes (all in one transaction; nothing when a row has a problem)
cli-option-units-all = list every change (at most 100 lines per group by default)
cli-units-import-examples =
    npx bontot units import examples/don-vi-muong-khuong.xlsx
    npx bontot units import examples/don-vi-muong-khuong.xlsx --apply
    npx bontot units import units.csv --all
cli-units-export-description = export the org tree as the spreadsheet "units import" reads (edit it in Excel, then import it again)
cli-option-units-export-unit = export only this unit and the units below it
cli-option-units-export-format = xlsx (the default) or csv
cli-units-export-examples =
    npx bontot units export
    npx bontot units export --unit MK --out units-mk.xlsx
    npx bontot units export --format csv > units.csv
    npx bontot units export --lang en --out units.xlsx
cli-units-code-argument = the unit's code
cli-units-edit-description = change a unit's name, number of members or parent
cli-option-units-edit-members = the new number of members (a whole number from 1)
cli-option-units-edit-parent = the code of the new unit above
cli-option-units-edit-top = make it a top unit (no unit above)
cli-units-edit-examples =
    npx bontot units edit MK-PL1 --members 20
    npx bontot units edit MK-PL1 --name "Chi bộ thôn Pha Long Một"
    npx bontot units edit MK-TT --parent MK-THPT
cli-units-edit-parent-or-top = Use one of --parent CODE or --top, not both.
cli-units-edit-nothing-given = Give at least one of --name, --members, --parent, --top. For example: npx bontot units edit MK-PL1 --members 20
cli-units-remove-description = remove a unit entered by mistake (only while it has no units below it, no roles, no group chat and no history)
cli-units-remove-examples =
    npx bontot units remove MK-XX
cli-units-archive-description = archive a unit: its history is kept; no more reminders, digests or reports
cli-units-archive-examples =
    npx bontot units archive MK-TT
cli-units-unarchive-description = make an archived unit active again
cli-units-unarchive-examples =
    npx bontot units unarchive MK-TT

units-header-code = Code
units-header-name = Name
units-header-kind = Kind
units-header-parent = Parent
units-header-members = Members
units-header-status = Status
units-kind-province = province
units-kind-committee = committee
units-kind-grassroots_committee = grassroots committee
units-kind-cell = cell
units-status-archived = archived
units-sheet-name = Units
units-sheet-guide-name = Guide
units-sheet-guide =
    The org tree for the "Chi bộ bốn tốt" bot: each row of the "Units" sheet is a unit. Edit it in Excel, then import it: npx bontot units import FILE (a dry run), add --apply to write.
    Code: letters without diacritics, digits, "-" or "_", at most 32 characters. A code never changes: a row with a known code changes that unit, a new code creates one.
    Name: the unit's full name, e.g. Chi bộ thôn Pha Long 1.
    Kind: cell (a grassroots or subordinate cell), grassroots committee, committee (above the grassroots: a commune, ward or district committee), province. The Vietnamese names work too.
    Parent: the code of the unit above (existing, or on another row of the file, above or below); empty for a top unit. A cell always has one; nothing sits under a cell; only cells sit under a grassroots committee.
    Members: a whole number from 1, required for a new cell; empty keeps the stored number.
    Status: empty for an active unit; "archived" for one that no longer works (its history is kept; no reminders, digests or reports).
    Units not in the file are left as they are. Importing the same file again changes nothing. Other columns (No., Notes…) are ignored.
units-sheet-no-header = { $file }: no header row found. One of the first 10 rows of the first sheet must name a "Code" column (with "Name" and "Kind"; "Parent", "Members" and "Status" as needed). An example: npx bontot units export
units-sheet-column-twice = { $file }: the column "{ $header }" (row { $row }) means the same as another one; keep one of them.
units-sheet-missing-columns = { $file }: the header row (row { $row }) has no column { $columns }. The columns "Code", "Name" and "Kind" are needed.
units-sheet-extra-fields = { $file }: row { $row } has { $fields } fields but the header only { $columns } columns — a name holding the separator without quotes, probably. Save it again from Excel (CSV UTF-8), or use a .xlsx file.
units-sheet-file-type = The file "{ $file }" must be .xlsx or .csv (an old .xls file: open it in Excel and "Save as" .xlsx).
units-sheet-no-file = There is no file "{ $file }".
units-sheet-unreadable = "{ $file }" cannot be read: it is not a .xlsx spreadsheet, or it is damaged. Open it in Excel and save it again as .xlsx. (Detail: { $reason })
units-sheet-csv-quote = { $file }: row { $row } opens a quote that is never closed.
units-sheet-ignored = Columns not used, ignored: { $columns }.

units-import-progress = Writing
units-import-no-rows = { $file } has no unit rows below its header: nothing to import.
units-import-problems = { $file }: { $count ->
        [one] 1 problem
       *[other] { $count } problems
    } on { $rows ->
        [one] 1 row
       *[other] { $rows } rows
    } — nothing written. Correct these rows and import again:
units-import-group-created = Created ({ $count }):
units-import-group-renamed = Renamed ({ $count }):
units-import-group-moved = Moved to another parent ({ $count }):
units-import-group-recounted = Members changed ({ $count }):
units-import-group-archived = Archived ({ $count }):
units-import-group-unarchived = Active again ({ $count }):
units-import-column-change = Change
units-import-more = … and { $count } more (add --all to see them all).
units-import-not-in-file = { $count ->
        [one] 1 stored unit is
       *[other] { $count } stored units are
    } not in the file: left as they are.
units-import-dry-run = Dry run of { $file }: { $created } created, { $renamed } renamed, { $moved } moved, { $recounted } with new member counts, { $archived } archived, { $unarchived } active again, { $unchanged } unchanged. Nothing written; to write it, add --apply.
units-import-applied = Imported { $file }: { $created } created, { $renamed } renamed, { $moved } moved, { $recounted } with new member counts, { $archived } archived, { $unarchived } active again, { $unchanged } unchanged.
units-import-nothing = { $file } matches the stored tree ({ $unchanged } units): nothing to write.
units-top = (top)
units-row = Row { $row } ({ $code })
units-row-no-code = Row { $row }
units-change-name = name: { $from } → { $to }
units-change-parent = parent: { $from } → { $to }
units-change-members = members: { $from } → { $to }
units-change-archived = archived
units-change-unarchived = active again

units-problem-code-missing = the unit's code is missing.
units-problem-code-invalid = the code "{ $code }" is not valid: letters without diacritics, digits, "-" or "_", at most 32 characters.
units-problem-code-ambiguous = the code "{ $code }" matches two units that differ only in letter case; write it exactly as "npx bontot units" shows it.
units-problem-code-duplicate = the code { $code } is already on row { $other }; one row per unit.
units-problem-name-missing = the unit's name is missing.
units-problem-name-too-long = the name is longer than { $max } characters.
units-problem-kind-missing = the kind is missing: cell, grassroots committee, committee or province.
units-problem-kind-unknown = the kind "{ $value }" is unknown; use: cell (Chi bộ, chi bộ cơ sở, chi bộ trực thuộc), grassroots committee (Đảng bộ cơ sở), committee (Đảng ủy xã/phường, huyện ủy…), province (Tỉnh ủy) — or cell, grassroots_committee, committee, province.
units-problem-kind-changed = { $code } is a { $stored } and cannot become a { $given } by an import. If the unit changed its kind: archive the old unit and create a new one with another code.
units-problem-members-invalid = the number of members "{ $value }" must be a whole number from 1 to { $max }.
units-problem-members-missing = a new cell needs its number of members.
units-problem-status-unknown = the status "{ $value }" is unknown: leave it empty (active) or write "archived".
units-problem-parent-unknown = there is no unit "{ $parent }" above it, neither stored nor in the file.
units-problem-parent-ambiguous = the parent code "{ $parent }" matches two units that differ only in letter case; write it exactly as "npx bontot units" shows it.
units-problem-parent-self = { $code } cannot be its own parent.
units-problem-parent-cycle = { $parent } is below { $code }: putting { $code } under { $parent } would make a loop.
units-problem-parent-archived = the unit above, { $parent }, is archived: an active unit cannot sit under an archived one.
units-problem-archived-with-active-units = { $count } active units still sit under { $code }: archive or move them first (in a file: mark them "archived" too).
units-problem-needs-parent = a cell must have a unit above it.
units-problem-under-cell = { $parent } is a cell; no unit sits under a cell.
units-problem-province-on-top = a province is a top unit, with nothing above it.
units-problem-under-grassroots = only cells sit under the grassroots committee { $parent }, not a { $kind }.

units-export-written = Wrote { $count } units to { $file }. Edit it in Excel, then import it again: npx bontot units import { $file }
units-export-format-mismatch = --format { $format } does not match the file name { $file }.
units-edit-done = Changed { $code } ({ $name }):
units-edit-unchanged = { $code } ({ $name }) is already so: nothing changed.
units-edit-refused = { $code } ({ $name }) cannot be changed so:
units-archived = Archived { $code } ({ $name }): its history is kept; it gets no more reminders and is out of digests and reports. To undo: npx bontot units unarchive { $code }
units-unarchived = { $code } ({ $name }) is active again.
units-already-archived = { $code } ({ $name }) was archived already.
units-already-active = { $code } ({ $name }) is active.
units-archive-refused = { $code } ({ $name }) cannot be archived:
units-unarchive-refused = { $code } ({ $name }) cannot be made active again:
units-removed = Removed { $code } ({ $name }).
units-remove-refused = { $code } ({ $name }) cannot be removed: it still has
units-remove-uses-children = { $count } units below it
units-remove-uses-roles = { $count } roles (secretaries, deputies, leaders, admins)
units-remove-uses-groups = { $count } bound group chats
units-remove-uses-reports = { $count } monthly reports
units-remove-uses-lateReports = { $count } late-report allowances
units-remove-uses-yearEnd = { $count } year-end records
units-remove-uses-questionnaires = { $count } questionnaires adopted for it
units-remove-archive-instead = A unit that has been in use is archived instead (its history is kept): npx bontot units archive { $code }
units-archived-mark = [archived]
units-add-refused = { $code } cannot be added: { $reason }
invite-chat-usage = Usage: /invite <unit code> [role], e.g. /invite MK-PL1 or /invite MK-PL1 deputy — creates a single-use invite code (for a secretary unless another role is named: secretary, deputy, leader, admin), within the units you administer.
invite-chat-unknown-role = Unknown role "{ $word }". Use: secretary, deputy, leader, admin.
invite-chat-created =
    ✅ Invite for { $role } — { $unit } ({ $unitCode }): { $code }
    Single use, expires { $expires }.
    { $hasLink ->
        [yes] Send the invitee the link { $link } — or they send the bot: /start { $code }
       *[no] The invitee sends the bot: /start { $code }
    }
units-chat-usage = Usage: /unit <unit code> <members>, e.g. /unit MK-PL1 20 — corrects a unit's number of members (admins, within the units they administer).
units-chat-out-of-scope = { $unit } ({ $code }) is outside the units you administer.

## Grassroots committee's yearly self-assessment (issue 11, part 3): period open|close with a year
cli-argument-period-or-year = the reporting period: a month (e.g. 2026-11), or a year (e.g. 2026) — the grassroots committees' yearly self-assessment
cli-period-open-year-examples =
    npx bontot period open 2026-11
    npx bontot period open 2026      # the grassroots committees' yearly self-assessment, earlier than 1 December
cli-period-close-year-examples =
    npx bontot period close 2026-11
    npx bontot period close 2026-11 --yes
    npx bontot period close 2026 --yes   # the yearly self-assessment, before its due date
invite-role-needs-answering-unit = The { $role } role is for cells (monthly reports) and grassroots committees (the yearly self-assessment) only; { $code } is a { $kind }.

## Issue 11 leftovers: a late report allowed again never shortens the deadline running; a returned month not resent
late-later-allowed = { $unit } may already report late for { $period } until the end of { $until }, later than the new deadline (the end of { $asked }): that deadline stands, nothing changed.
annual-detail-returned-not-resent = counted as last submitted (returned for correction, not resent): { $months }
