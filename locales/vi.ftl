# bontot — tiếng Việt (ngôn ngữ mặc định)

## Từ người dùng hay gõ (không dấu cũng được; phân cách bằng dấu phẩy)

words-yes = có, co, c, rồi, roi, đúng, dung, ừ, u, vâng, vang, đã xong, xong rồi, yes, y
words-no = không, khong, ko, k, kg, chưa, chua, không ai, không có, chưa có, chưa xong, no, n
# Câu trả lời cả câu cho một câu hỏi đếm số, nghĩa là 0.
words-none = không, khong, ko, k, kg, chưa, chua, không ai, no, n
words-unsure = có thể, co the, có lẽ, co le, chắc là, chac la, hình như, hinh nhu, không biết, khong biet, không rõ, khong ro, ko biết, k biết, kg biết, chưa biết, không nhớ, ko nhớ, k nhớ, chưa nhớ, ko rõ, k rõ, chưa rõ, không chắc, ko chắc, k chắc, chưa chắc, chắc không, chắc chưa, chắc có
# Tiếng lễ phép đứng trước (hoặc sau) câu trả lời Có/Không; chỉ mình nó thì chưa phải câu trả lời (trừ "vâng", "ừ").
words-polite = dạ, vâng, thưa, thưa đồng chí, ạ, ừ, ờ, nhé, nha, nhá
words-skip = bỏ qua, bo qua, không có, khong co, không, khong, ko, chưa có, chua co
words-today = hôm nay, hom nay, nay
words-hours = tiếng, tieng, tiếng đồng hồ, giờ, gio, giờ đồng hồ, g, h, tg
words-yesterday = hôm qua, hom qua
# Những từ được phép đứng quanh một số; câu trả lời có từ nào khác (ví dụ "khoảng 15", "15 hay 16") sẽ bị hỏi lại.
words-minutes = phút, phut, ph, p, '
words-percent = %, phần trăm, phan tram
words-counted = người, nguoi, ng, đồng chí, dong chi, đ/c, đc, đảng viên, dang vien, đv, việc, nhiệm vụ, trường hợp, vụ, lượt
words-filler = ạ, à, nhé, nha, nhá, dạ, thôi, là, có, được, chỉ, tổng, tổng cộng, tổng số
words-all = tất cả, tat ca, cả chi bộ, ca chi bo, toàn bộ, toàn chi bộ, toàn thể, mọi người, tất cả mọi người
words-date = ngày, mùng, mồng, tháng, năm, hôm, sáng, chiều, tối

## Lựa chọn

option-yes = Có
option-no = Không
option-skip = Bỏ qua
    .aliases = bo qua, skip
option-assess = Bắt đầu báo cáo
    .aliases = bat dau, bao cao, baocao
option-assess-continue = Tiếp tục báo cáo
    .aliases = tiep tuc, tiếp tục
option-submit = Gửi báo cáo
    .aliases = gui, gửi, gui bao cao, nop, nộp
option-continue = Tiếp tục trả lời
    .aliases = tiep tuc, tiep
option-edit = Sửa một câu
    .aliases = sua, sửa
option-pause = Để sau
    .aliases = de sau, tam dung, tạm dừng
option-shorten = Dùng đoạn rút gọn này
    .aliases = rut gon, rút gọn, dung doan rut gon
option-item = Câu
    .aliases = cau, câu, muc, mục, item, question
option-prep-both = Cả hai
    .aliases = ca 2, ca hai
option-prep-one = Chỉ một trong hai
    .aliases = chi mot, chỉ 1, một trong hai, 1 trong 2
option-prep-neither = Không có
    .aliases = khong, không, khong co, ko
option-thematic-held = Đã tổ chức
    .aliases = da to chuc, roi, rồi
option-thematic-scheduled = Đã lên lịch
    .aliases = da len lich, len lich
option-thematic-not-yet = Chưa
    .aliases = chua, chưa tổ chức
option-docs-full = Đầy đủ
    .aliases = day du, du
option-docs-partial = Một phần
    .aliases = mot phan
option-docs-not = Chưa triển khai
    .aliases = chua, chưa
option-docs-none-issued = Không có văn bản mới
    .aliases = khong co van ban, ko co van ban, không có văn bản nào, chưa có văn bản mới
option-discipline-none = Không
    .aliases = khong, không có, khong co
option-discipline-self = Có – chi bộ tự phát hiện, xử lý
    .aliases = tu phat hien, chi bo tu phat hien
option-discipline-higher = Có – do cấp trên phát hiện
    .aliases = cap tren, cấp trên
option-unity-ok = Không
    .aliases = khong, không có, khong co
option-unity-resolved = Có, đã giải quyết
    .aliases = da giai quyet
option-unity-unresolved = Có, chưa giải quyết
    .aliases = chua giai quyet
option-found-by-cell = Chi bộ tự phát hiện, xử lý
    .aliases = chi bo, chi bộ, tu phat hien, tự phát hiện
option-found-by-higher = Do cấp trên phát hiện
    .aliases = cap tren, cấp trên
option-dev-none-left = Hết nguồn (đã báo cáo cấp trên)
    .aliases = het nguon, hết nguồn

## Tiêu chí

criterion-i = Hoàn thành tốt nhiệm vụ chính trị
criterion-ii = Chất lượng sinh hoạt tốt
criterion-iii = Đoàn kết, kỷ luật tốt
criterion-iv = Cán bộ, đảng viên tốt

## Câu hỏi (tên ngắn dùng trong bản tóm tắt)

label-q1-held = Sinh hoạt thường kỳ
label-q1-date = Ngày sinh hoạt
label-q2-attendance = Dự họp
label-q3-minutes = Thời lượng (phút)
label-q3-combined = Kết hợp sinh hoạt chuyên đề
label-q4-preparation = Công tác chuẩn bị
label-q5-thematic = Sinh hoạt chuyên đề quý
label-q6-tasks = Nhiệm vụ theo nghị quyết
label-q7-documents = Quán triệt văn bản cấp trên
label-q8-discipline = Kỷ luật đảng viên
label-q9-unity = Đoàn kết nội bộ, đơn thư
label-q8-found-by = Ai phát hiện
label-q9-resolved = Đã giải quyết xong
label-q10-dues = Đóng đảng phí
label-q11-lapsed = Bỏ sinh hoạt/đảng phí ≥ 2 tháng
label-q11-count = Số đảng viên đó
label-q12-task-share = Hoàn thành nhiệm vụ được giao
label-q13-violations = Vi phạm, suy thoái
label-q14-development = Phát triển đảng viên
label-q15-handbook = Dùng Sổ tay đảng viên điện tử
label-q16-notes = Kết quả nổi bật, kiến nghị

question-q1-held = Tháng này chi bộ đã tổ chức sinh hoạt thường kỳ chưa?
question-q1-date = Chi bộ sinh hoạt ngày nào?
question-q2-attendance = Số đảng viên phải dự, số có mặt và số vắng không có lý do?
question-q3-minutes = Buổi sinh hoạt kéo dài bao nhiêu phút?
question-q3-combined = Buổi sinh hoạt có kết hợp sinh hoạt chuyên đề không?
question-q4-preparation = Công tác chuẩn bị: chi ủy (bí thư) họp thống nhất nội dung, và tài liệu được đăng lên Sổ tay đảng viên điện tử trước ít nhất 1 ngày?
question-q5-thematic = Sinh hoạt chuyên đề quý này: chi bộ đã tổ chức chưa?
question-q6-tasks = Nghị quyết tháng trước giao bao nhiêu nhiệm vụ cụ thể, và đã hoàn thành bao nhiêu?
question-q7-documents = Các văn bản, nghị quyết, chỉ thị của cấp trên trong tháng đã được quán triệt, triển khai tại chi bộ chưa?
question-q8-discipline = Trong tháng có đảng viên bị kỷ luật hoặc đang bị xem xét kỷ luật không?
question-q9-unity = Nội bộ chi bộ có biểu hiện mất đoàn kết, hoặc đơn thư khiếu nại, tố cáo liên quan đến chi bộ, đảng viên không?
question-q8-found-by = Vi phạm đó do chi bộ tự phát hiện, xử lý hay do cấp trên phát hiện?
question-q9-resolved = Các vụ việc đó đã được giải quyết xong chưa? (Có = đã giải quyết xong, Không = chưa)
question-q10-dues = Bao nhiêu đảng viên đã đóng đảng phí đầy đủ tháng này?
question-q11-lapsed = Có đảng viên bỏ sinh hoạt hoặc chưa đóng đảng phí từ 2 tháng trở lên trong năm (không có lý do chính đáng) không?
question-q11-count = Bao nhiêu đảng viên như vậy? (chỉ ghi số, không ghi tên)
question-q12-task-share = Tỷ lệ đảng viên hoàn thành nhiệm vụ chi bộ phân công trong tháng (ước tính của chi ủy)?
question-q13-violations = Bao nhiêu đảng viên có biểu hiện suy thoái hoặc vi phạm những điều đảng viên không được làm, phát hiện trong tháng?
question-q14-development = Phát triển đảng: số quần chúng ưu tú đang được bồi dưỡng, và số được kết nạp trong tháng?
question-q15-handbook = Bao nhiêu đảng viên đã cài đặt và sử dụng Sổ tay đảng viên điện tử?
question-q16-notes = Kết quả nổi bật, khó khăn, kiến nghị với cấp ủy cấp trên (không bắt buộc). Không ghi tên đảng viên, không ghi thông tin mật.

part-due = phải dự
    .aliases = phải dự họp, tổng số, tổng số đảng viên
part-present = có mặt
    .aliases = dự, dự họp, tham dự
part-absent-unexcused = vắng không lý do
    .aliases = vắng, vắng mặt, vắng không có lý do, vắng mặt không lý do, vắng mặt không có lý do, không lý do, không có lý do
part-tasks-set = nhiệm vụ được giao
    .aliases = giao, được giao, đã giao, số nhiệm vụ, tổng số
part-tasks-done = đã hoàn thành
    .aliases = hoàn thành, đã xong, xong
part-candidates = đang bồi dưỡng
    .aliases = bồi dưỡng, được bồi dưỡng, đang được bồi dưỡng
part-admitted = được kết nạp
    .aliases = kết nạp, đã kết nạp, đã được kết nạp, kết nạp mới

check-present-le-due = Số có mặt ({ $left }) không thể nhiều hơn số phải dự ({ $right }).
check-present-absent-le-due = Có mặt cộng vắng không lý do ({ $left }) không thể nhiều hơn số phải dự ({ $right }).
check-done-le-set = Số nhiệm vụ đã hoàn thành ({ $left }) không thể nhiều hơn số được giao ({ $right }).

## Cách chấm điểm

rule-meeting-held = Không sinh hoạt thường kỳ trong tháng
rule-attendance = Tỷ lệ dự họp
rule-duration = Thời lượng sinh hoạt
rule-preparation = Công tác chuẩn bị
rule-thematic = Sinh hoạt chuyên đề quý
rule-thematic-quarter-end = Sinh hoạt chuyên đề quý (tháng cuối quý)
rule-thematic-missing = Hết quý mà chưa sinh hoạt chuyên đề
rule-tasks-set = Nghị quyết có giao nhiệm vụ cụ thể
rule-tasks-done = Tỷ lệ nhiệm vụ hoàn thành
rule-documents = Quán triệt văn bản cấp trên
rule-discipline = Kỷ luật đảng viên
rule-discipline-higher = Có đảng viên vi phạm do cấp trên phát hiện
rule-unity = Đoàn kết nội bộ
rule-unity-unresolved = Mất đoàn kết, đơn thư chưa giải quyết
rule-dues = Tỷ lệ đóng đảng phí
rule-lapsed = Đảng viên bỏ sinh hoạt/đảng phí ≥ 2 tháng
rule-task-share = Tỷ lệ đảng viên hoàn thành nhiệm vụ
rule-violations = Đảng viên vi phạm, suy thoái
rule-development = Phát triển đảng viên
rule-handbook = Tỷ lệ dùng Sổ tay đảng viên điện tử
note-no-unexcused = và không ai vắng không lý do
flag-lapsed-members = Có đảng viên bỏ sinh hoạt/đảng phí từ 2 tháng (nguy cơ xóa tên)
flag-violations = Có đảng viên vi phạm, suy thoái trong tháng

band-excellent = Rất tốt
band-good = Tốt
band-fair = Cần cố gắng
band-weak = Yếu

## Hỏi và nhắc

question-header = 📋 Câu { $item }/{ $items } · Tiêu chí { $criterion }: { $name }
question-header-plain = 📋 Câu { $item }/{ $items }
question-resumed = ↩️ Đồng chí đang làm dở: câu { $item }/{ $items }.
question-current = (Câu trả lời hiện tại: { $answer })
expect-yes-no = Chọn Có hoặc Không (gõ 1 hoặc 2).
expect-integer = Gõ một số.
expect-minutes = Gõ số phút, ví dụ 90 (hoặc "1 tiếng rưỡi").
expect-integers = Gõ { $count } số theo thứ tự: { $parts }. Ví dụ: { $count ->
    [2] 5 4
   *[other] 12 11 0
  }.
expect-or-option = Hoặc chọn: { $options }.
expect-percent = Gõ tỷ lệ phần trăm từ 0 đến 100, ví dụ: 95.
expect-choice = Chọn một phương án (gõ số từ 1 đến { $count }).
expect-date = Gõ ngày, ví dụ: { $short } hoặc { $full } (hoặc "hôm nay").
expect-text = Viết ngắn gọn, tối đa { $max } ký tự.
expect-or-skip = Gõ /skip để bỏ qua.
answer-skipped = (bỏ qua)

## Lỗi

error-line = ⚠️ { $text }
error-unexpected = ⚠️ Xin lỗi, bot gặp sự cố. Câu trả lời đã lưu không bị mất; vui lòng thử lại sau ít phút.
error-answer-empty = Chưa nhận được câu trả lời.
error-answer-too-long = Tin nhắn quá dài, bot không đọc được.
error-answer-not-understood = Bot chưa hiểu câu trả lời này.
error-answer-not-yes-no = Chưa rõ là Có hay Không.
error-answer-not-a-number = Cần gõ chữ số, ví dụ 15.
error-answer-not-exact-number = { $count ->
    [1] Cần một con số chính xác, ví dụ 15.
   *[other] Chỉ cần gõ { $count } con số, không kèm chữ khác.
  }
error-answer-parts-unclear = Chưa rõ số nào của mục nào. Ghi tên mục ngay trước số của mục đó, mỗi mục một lần, hoặc chỉ gõ các số theo đúng thứ tự câu hỏi.
error-answer-not-whole-number = Cần một số nguyên (không có phần lẻ), ví dụ 15.
error-answer-out-of-range = Số phải từ { $min } đến { $max }.
error-answer-exceeds-members = Không thể nhiều hơn số đảng viên của chi bộ ({ $max }). Nếu số đảng viên đã thay đổi, vui lòng báo văn phòng cấp ủy cập nhật.
error-answer-item-not-asked = Câu { $item } không áp dụng tháng này (vì câu trả lời trước đó), nên không cần sửa.
error-answer-wrong-count = { $count ->
    [1] Cần đúng một số, ví dụ 15.
   *[other] Cần đúng { $count } số.
  }
error-answer-not-a-choice = Chưa khớp với phương án nào.
error-answer-not-a-date = Chưa đọc được ngày.
error-answer-date-outside-period = Ngày phải trong tháng của kỳ báo cáo, từ { $from } đến { $to }.
error-answer-date-in-future = Ngày này chưa tới.
error-answer-not-a-percent = Cần một tỷ lệ phần trăm.
error-answer-text-too-long = Nội dung dài { $length } ký tự, tối đa { $max }. Vui lòng viết ngắn lại.
error-answer-check-failed = Các số chưa khớp nhau.
error-answer-not-optional = Câu này bắt buộc, không bỏ qua được.
error-assessment-submitted = Báo cáo kỳ này đã gửi, không sửa được nữa.
error-assessment-incomplete = Còn câu chưa trả lời (câu { $item }).
error-assessment-no-period = Hiện chưa có kỳ báo cáo nào đang mở.
error-assessment-nothing-to-go-back-to = Đây là câu đầu tiên.
error-auth-not-registered = Đồng chí chưa được đăng ký dùng bot. Vui lòng xin mã mời từ văn phòng cấp ủy.
error-auth-not-a-secretary = Chỉ bí thư hoặc phó bí thư chi bộ mới trả lời phiếu tự đánh giá.
error-command-unknown = Không có lệnh /{ $command }. Gõ /help để xem các lệnh.
error-command-bad-argument = Cách dùng: { $usage }

## Tóm tắt và kết quả

summary-title = 📝 Tóm tắt báo cáo tháng { $period } — { $unit }
summary-line = { $item }. { $label }: { $answer }
summary-line-continued = { "   " }{ $label }: { $answer }
summary-unanswered = — chưa trả lời —
summary-choose = Gõ "gửi" để gửi báo cáo, "để sau" để dừng, hoặc số câu để sửa câu đó (ví dụ 3).
summary-preview = Dự kiến kết quả:
summary-missing = Còn thiếu câu: { $items }
summary-actions = Kiểm tra lại rồi gõ "gửi" (hoặc bấm Gửi báo cáo). Sau khi gửi, chỉ sửa được khi cấp ủy trả lại báo cáo để sửa. Muốn sửa câu nào, gõ số câu đó, ví dụ 3.
summary-actions-incomplete = Trả lời nốt các câu còn thiếu (gõ "tiếp tục") rồi gửi báo cáo. Muốn sửa câu nào, gõ số câu đó.
item-picker = Đồng chí muốn sửa câu nào? Gõ số câu (1–{ $max }).
receipt-title = ✅ Đã gửi báo cáo tháng { $period } — { $unit }.
already-submitted = Báo cáo tháng { $period } của { $unit } đã gửi; không sửa được nữa. Kết quả:
paused = ⏸ Đã lưu { $answered }/{ $items } câu. Gõ /baocao bất cứ lúc nào để làm tiếp đúng chỗ đang dừng.
paused-unsent = ⏸ Đã lưu đủ { $items }/{ $items } câu, nhưng báo cáo CHƯA GỬI. Gõ /baocao rồi gõ "gửi" để gửi; chưa gửi thì chi bộ bị ghi là chưa báo cáo.
stale-option = Nút này thuộc câu hỏi cũ; câu trả lời đã được ghi nhận.
idle-hint = Gõ /baocao để bắt đầu hoặc tiếp tục báo cáo tháng, /help để xem hướng dẫn.

standing-score = Tổng điểm: { $score }/{ $max } — { $band } (xếp loại tham khảo)
standing-criterion-met = ✅ Tiêu chí { $id } ({ $name }): { $points }/{ $max } — Đạt
standing-criterion-not-met = ❌ Tiêu chí { $id } ({ $name }): { $points }/{ $max } — Chưa đạt{ $vetoed ->
    [yes] {""}
   *[no] { " " }(cần ≥ { $metAt })
  }
standing-four-good = 🏅 Chi bộ đạt "4 tốt" tháng này.
standing-not-four-good = Chi bộ chưa đạt "4 tốt" tháng này: tiêu chí { $criteria } chưa đạt.
standing-flag = ⚠️ Cảnh báo sớm: { $text }
reason-veto = { "   " }⛔ { $label } — tiêu chí không đạt
reason-choice = { "   " }• { $label }: { $answer } → { $points }/{ $max } điểm
reason-missing = { "   " }• { $label }: không có số liệu → { $points }/{ $max } điểm
reason-value = { "   " }• { $label }: { $value } → { $points }/{ $max } điểm
reason-need-none = { "   " }• { $label }: { $value } → { $points }/{ $max } điểm (cần không có trường hợp nào để được { $needPoints })
reason-need = { "   " }• { $label }: { $value } → { $points }/{ $max } điểm (cần { $op } { $need }{ $note ->
    [none] {""}
   *[other] { " " }{ $note }
  } để được { $needPoints })
value-with-unit = { $unit ->
    [percent] { $value }%
    [minutes] { $value } phút
   *[count] { $value }
  }

## Chào hỏi và lệnh

help =
    🤖 Bot hỗ trợ chi bộ tự đánh giá "Chi bộ bốn tốt" hằng tháng.
    /baocao (/assess) — bắt đầu hoặc tiếp tục báo cáo tháng
    /back (/quaylai) — quay lại câu trước
    /summary (/tomtat) — xem tóm tắt, sửa câu trả lời, gửi báo cáo
    /skip (/boqua) — bỏ qua câu không bắt buộc
    /cancel (/tamdung) — tạm dừng (câu trả lời đã lưu)
    /status, /digest [mã đơn vị] — tình hình báo cáo, bản tin của đơn vị đồng chí phụ trách (lãnh đạo, quản trị)
    /xeploai, /lydo, /danhhieu — (quản trị cấp trên) nhập xếp loại cuối năm, duyệt lý do vắng sinh hoạt, ghi quyết định danh hiệu
    /tralai MÃ YYYY-MM lý do — (lãnh đạo, quản trị) trả lại báo cáo đã gửi để chi bộ sửa; /chophepmuon MÃ YYYY-MM lý do — (quản trị) cho chi bộ báo cáo muộn
    /nam [năm] — kết quả năm: chi bộ đủ điều kiện "4 tốt", 9 tiêu chí đảng bộ cơ sở (lãnh đạo, quản trị)
    /start — lời chào; /lang vi | /lang en — đổi ngôn ngữ
    Mỗi câu trả lời được lưu ngay; có thể dừng và làm tiếp bất cứ lúc nào.
welcome-stranger = Xin chào! Đây là bot hỗ trợ chi bộ tự đánh giá "Chi bộ bốn tốt". Để dùng bot, vui lòng xin mã mời từ văn phòng cấp ủy rồi mở đường link mời.
not-registered = Đồng chí chưa được đăng ký dùng bot. Vui lòng xin mã mời từ văn phòng cấp ủy.
greeting-member = Xin chào! Vai trò của đồng chí:
    { $roles }
    Gõ /help để xem các lệnh.
lang-changed = Đã chuyển sang tiếng Việt.
role-secretary = Bí thư
role-deputy = Phó bí thư
role-leader = Lãnh đạo
role-admin = Quản trị

## Giao diện dòng lệnh (console)

console-banner = bontot — chế độ thử trên máy (không cần token). Gõ câu trả lời rồi nhấn Enter; gõ /help để xem lệnh, Ctrl+D để thoát.
console-demo-created = Đã tạo tổ chức mẫu: { $units } đơn vị. Đồng chí là bí thư { $unit } và quản trị viên; nhóm của { $group } được mô phỏng ngay trong cửa sổ này (gõ /digest để xem bản tin).
console-bye = Tạm biệt! Câu trả lời đã được lưu.
kind-province = tỉnh ủy
kind-committee = đảng ủy (cấp trên cơ sở)
kind-grassroots_committee = đảng bộ cơ sở
kind-cell = chi bộ

## Lệnh bontot (CLI)

cli-help =
    bontot — bot "Chi bộ bốn tốt"
    Cách dùng: npx bontot <lệnh> [tùy chọn]
      start [--lang vi|en]                        chạy bot (không có token: thử trên máy)
      report --period YYYY-MM [--format json|csv] kết quả các chi bộ trong kỳ
      annual --year YYYY [--unit MÃ] [--format text|json|csv|xlsx] [--out TỆP] [--chart TỆP.png]  kết quả năm: chi bộ đủ điều kiện "4 tốt", 9 tiêu chí đảng bộ cơ sở
      invite --unit MÃ [--role secretary|deputy|leader|admin]  tạo mã mời (link Telegram)
      units [--format text|json]                  cây tổ chức
      units add --code MÃ --name TÊN --kind LOẠI [--parent MÃ] [--members N]  thêm đơn vị
      demo                                        tạo tổ chức mẫu (cơ sở dữ liệu trống)
      digest --unit MÃ [--period YYYY-MM] [--chart tệp.png]  bản tin của đơn vị (và biểu đồ)
      remind [--dry-run]                          nhắc các chi bộ chưa gửi (--dry-run: chỉ liệt kê)
      period open|close YYYY-MM [--yes]           mở/đóng kỳ báo cáo (đóng trước hạn cần --yes)
      period reopen YYYY-MM --reason "…" [--days N]  mở lại kỳ đã đóng, có hạn mới (mặc định 7 ngày)
      period late --unit MÃ --period YYYY-MM --reason "…" [--days N]  cho một chi bộ báo cáo muộn
      correction --unit MÃ --period YYYY-MM --reason "…"  trả lại báo cáo đã gửi để chi bộ sửa
      history --unit MÃ --period YYYY-MM [--format text|json]  các lần gửi, trả lại của một báo cáo
      yearend rating|missed|title|import|template  kết quả cuối năm do cấp ủy nhập: xếp loại, lý do vắng họp, danh hiệu (yearend help)
      zalo login                                  đăng nhập Zalo cho bot bằng mã QR
      outbox [retry|drop] [--id N|--chat KÊNH:MÃ|--all]  tin đang chờ gửi/lỗi theo từng cuộc trò chuyện; gửi lại hoặc bỏ
      db backup TỆP                               sao lưu cơ sở dữ liệu khi bot đang chạy
      db migrate                                  tạo/cập nhật cơ sở dữ liệu
      help                                        hướng dẫn này
    Cấu hình qua biến môi trường hoặc tệp .env (xem .env.example).
cli-see-help = Gõ "npx bontot help" để xem hướng dẫn.
cli-unknown-command = Không có lệnh "{ $command }".
cli-bad-arguments = Tham số không hợp lệ: { $detail }
cli-unknown-option = Không có tùy chọn { $option } cho lệnh này.
cli-unexpected-argument = Thừa "{ $argument }": lệnh này không nhận thêm từ nào ngoài các tùy chọn.
cli-option-needs-value = Tùy chọn { $option } cần một giá trị, ví dụ { $option } 2026 (giá trị bắt đầu bằng dấu "-" thì viết { $option }=-1).
cli-option-takes-no-value = Tùy chọn { $option } không nhận giá trị; chỉ cần ghi { $option }.
cli-bad-lang = Ngôn ngữ "{ $lang }" không hỗ trợ; dùng vi hoặc en.
cli-missing-period = Thiếu --period YYYY-MM.
cli-bad-period = Kỳ "{ $period }" không đúng dạng YYYY-MM (ví dụ 2026-11).
cli-unknown-period = Không có kỳ báo cáo { $period }.
cli-bad-format = Định dạng "{ $format }" không hỗ trợ; dùng: { $allowed }.
cli-config-invalid = Cấu hình không hợp lệ:
cli-migrated = Đã áp dụng { $count } migration vào { $db }.
cli-questionnaire-changed = Bộ câu hỏi { $code } phiên bản { $version } đã bị sửa mà không tăng số phiên bản. Hãy tăng số phiên bản (version) rồi khởi động lại.

## Mời tham gia và nhóm

invite-accepted = ✅ Chào mừng đồng chí! Đồng chí đã được ghi nhận là { $role } — { $unit }.
invite-invalid = Mã mời không đúng. Vui lòng kiểm tra lại đường link hoặc xin mã mới từ văn phòng cấp ủy.
invite-used = Mã mời này đã được dùng. Mỗi mã chỉ dùng một lần; vui lòng xin mã mới.
invite-expired = Mã mời đã hết hạn. Vui lòng xin mã mới từ văn phòng cấp ủy.
invite-too-many-attempts = Đồng chí đã nhập sai mã quá nhiều lần. Vui lòng thử lại sau một giờ.
help-group =
    🤖 Bot "Chi bộ bốn tốt" trong nhóm:
    /status — tình hình báo cáo tháng của các chi bộ
    /nam [năm] — kết quả năm của các chi bộ
    /bind <mã đơn vị> — (quản trị) gắn nhóm với đơn vị
    /unbind — (quản trị) bỏ gắn nhóm
    Bí thư chi bộ trả lời phiếu trong tin nhắn riêng với bot.
group-private-only = Lệnh này dùng trong tin nhắn riêng với bot.
admin-only = Chỉ quản trị viên mới dùng được lệnh này.
bind-group-only = Lệnh này dùng trong nhóm cần gắn.
bind-usage = Cách dùng: /bind <mã đơn vị>, ví dụ /bind MK
bind-not-your-unit = Đồng chí không quản trị đơn vị { $code }.
bind-group-taken = Nhóm này đang gắn với { $unit } ({ $code }), ngoài phạm vi quản lý của đồng chí, nên đồng chí không gắn lại được.
bind-done = ✅ Đã gắn nhóm này với { $unit } ({ $code }). Nhóm sẽ nhận bản tin tuần và nhắc việc của đơn vị.
unbind-done = Đã bỏ gắn nhóm này khỏi { $unit }.
unbind-not-yours = Nhóm này đang gắn với { $unit } ({ $code }), ngoài phạm vi quản lý của đồng chí, nên đồng chí không bỏ gắn được.
bind-anonymous-admin = Telegram đang ẩn danh tính của đồng chí (quản trị viên ẩn danh: tin nhắn hiện dưới tên nhóm), nên bot không kiểm tra được đồng chí có phải quản trị viên hay không. Để gắn nhóm: tắt quyền "Ẩn danh" (Remain anonymous) của đồng chí trong phần quản trị nhóm rồi gửi lại lệnh, hoặc gửi lệnh bằng tài khoản cá nhân.
group-inactive = ⚠️ Bot không còn gửi được tin vào nhóm của { $unit } ({ $code }): bot đã bị xóa khỏi nhóm hoặc bị chặn. Nhóm sẽ không nhận bản tin tuần và nhắc việc nữa. Để khôi phục: thêm lại bot vào nhóm, rồi quản trị viên gửi /bind { $code } trong nhóm.
read-out-of-scope = { $unit } ({ $code }) ngoài phạm vi đồng chí phụ trách, nên đồng chí không xem được.
group-out-of-scope = Nhóm này gắn với { $bound }; { $unit } ({ $code }) không thuộc đơn vị đó nên không xem được ở đây.
unit-unknown = Không có đơn vị mã { $code }.
group-not-bound = Nhóm này chưa được gắn với đơn vị nào. Quản trị viên gõ /bind <mã đơn vị>.
status-title = 📊 Tình hình báo cáo tháng { $period } — { $unit }
status-progress = Đã gửi: { $submitted }/{ $cells } chi bộ · Đạt "4 tốt": { $fourGood }
status-missing = Chưa gửi: { $cells }

## Menu lệnh Telegram

menu-baocao = Bắt đầu hoặc tiếp tục báo cáo tháng
menu-summary = Xem tóm tắt, sửa, gửi báo cáo
menu-back = Quay lại câu trước
menu-skip = Bỏ qua câu không bắt buộc
menu-cancel = Tạm dừng (đã lưu)
menu-lang = Đổi ngôn ngữ: /lang vi hoặc /lang en
menu-help = Hướng dẫn
menu-status = Tình hình báo cáo các chi bộ
menu-bind = (Quản trị) Gắn nhóm với đơn vị
menu-unbind = (Quản trị) Bỏ gắn nhóm

## Lệnh mời (CLI)

cli-missing-unit = Thiếu --unit <mã đơn vị>.
cli-bad-role = Vai trò "{ $role }" không hợp lệ; dùng: { $allowed }.
cli-unknown-unit = Không có đơn vị mã { $code }. Xem danh sách: npx bontot units
cli-invite-created =
    Mã mời { $role } — { $unit }: { $code }
    Dùng một lần, hết hạn { $expires }.
cli-invite-link = Đường link Telegram: { $link }
cli-invite-start = Hoặc gửi cho bot: /start { $code }
cli-bad-unit-code = Cần --code gồm chữ, số, "-" hoặc "_" (tối đa 32 ký tự).
cli-missing-name = Thiếu --name <tên đơn vị>.
cli-bad-kind = Loại "{ $kind }" không hợp lệ; dùng: { $allowed }.
cli-bad-members = --members phải là số nguyên không âm.
cli-unit-exists = Đã có đơn vị mã { $code }.
cli-unit-added = Đã thêm đơn vị { $code } — { $name }.
cli-demo-created = Đã tạo tổ chức mẫu: { $units } đơn vị.
cli-demo-skipped = Cơ sở dữ liệu đã có đơn vị; không tạo tổ chức mẫu.
cli-crashed = bontot gặp lỗi không mong muốn và đã dừng. Chi tiết kỹ thuật (đã che thông tin bí mật):

## Kỳ báo cáo, nhắc việc, bản tin

error-assessment-period-closed = Kỳ báo cáo tháng { $period } đã đóng; câu trả lời không được ghi nhận nữa. Chi bộ được ghi là "chưa báo cáo" tháng này. Gõ /baocao để làm báo cáo kỳ đang mở (nếu có).
period-open-invitation = 📣 Kỳ báo cáo tháng { $period } đã mở. Mời đồng chí tự đánh giá "Chi bộ bốn tốt" cho { $unit }; hạn gửi: { $due }.
reminder-before = ⏰ Còn { $days } ngày đến hạn gửi báo cáo tháng { $period } của { $unit } (hạn { $due }). Mỗi câu trả lời được lưu ngay; có thể làm từng phần.
reminder-due = ⏰ Hôm nay ({ $due }) là hạn gửi báo cáo tháng { $period } của { $unit }.
reminder-overdue = ⏰ Báo cáo tháng { $period } của { $unit } đã quá hạn { $days } ngày (hạn { $due }). Đề nghị đồng chí hoàn thành sớm.
escalation = ⚠️ { $unit }: { $count } chi bộ chưa gửi báo cáo tháng { $period } (hạn { $due }): { $cells }
period-unknown = Không có kỳ báo cáo { $period }.
period-opened = Đã mở kỳ báo cáo tháng { $period }.
period-closed-now = Đã đóng kỳ báo cáo tháng { $period }; { $count } chi bộ được ghi "chưa báo cáo".
period-not-open = Kỳ tháng { $period } không mở hoặc đã đóng trước đó.
period-root-only = Chỉ quản trị cấp cao nhất mới được mở hoặc đóng kỳ báo cáo, vì kỳ báo cáo áp dụng cho mọi chi bộ.
remind-none = Hôm nay không có ai cần nhắc.
remind-title = Sẽ nhắc hôm nay:
remind-root-only = Chỉ quản trị cấp cao nhất mới xem được danh sách nhắc việc của mọi chi bộ. Tình hình đơn vị của đồng chí: gõ /status.
remind-line = • { $cell } — tháng { $period }, { $stage }, { $recipients } người nhận
digest-title = 📰 Bản tin tuần — { $unit } — báo cáo tháng { $period }
digest-leaders-only = Chỉ lãnh đạo cấp ủy hoặc quản trị viên mới xem được bản tin. Tình hình chi bộ của đồng chí: gõ /status.
digest-usage = Cách dùng: /digest [mã đơn vị] [YYYY-MM], ví dụ /digest MK 2026-11
digest-title-final = 📕 Tổng kết kỳ báo cáo tháng { $period } — { $unit }
digest-submitted = Đã gửi: { $submitted }/{ $cells } chi bộ
digest-missing = Chưa gửi: { $cells }
digest-not-reported = Chưa báo cáo (không đạt tháng này): { $cells }
digest-four-good = Đạt "4 tốt": { $fourGood }/{ $submitted } chi bộ đã gửi
digest-criteria = Đạt theo tiêu chí: { $criteria }
digest-veto = ⛔ { $cell }: { $reasons }
digest-warning = ⚠️ { $cell }: { $reasons }
digest-previous = So với tháng { $period } ({ $fourGood }/{ $cells } đạt "4 tốt"): điểm trung bình { $average } ({ $trend })
digest-average = Điểm trung bình: { $average }
digest-highlights = 💬 Nổi bật, kiến nghị:
digest-highlight = • { $cell }: "{ $text }"
digest-and-more = và { $count } chi bộ khác
chart-criteria-title = Số chi bộ đạt từng tiêu chí
chart-scores-title = Điểm các chi bộ (thấp nhất trước)
chart-met = Đạt
chart-not-met = Chưa đạt
chart-criterion = Tiêu chí { $id }
console-group-header = ━━ Nhóm Zalo/Telegram của cấp ủy (mô phỏng) ━━
menu-digest = Bản tin tình hình báo cáo
menu-remind = (Quản trị) Xem ai sẽ được nhắc hôm nay
menu-period = (Quản trị) Mở/đóng kỳ: /period open|close YYYY-MM
cli-chart-written = Đã ghi biểu đồ vào { $file }.
cli-remind-queued = Đã xếp { $count } tin nhắc vào hàng gửi.

## Zalo

zalo-problem-session-expired = ⚠️ Zalo đã đăng xuất tài khoản của bot (phiên hết hạn). Quản trị viên chạy "npx bontot zalo login" trên máy chủ và quét mã QR bằng Zalo của tài khoản bot; sau đó khởi động lại bot. Telegram vẫn hoạt động bình thường.
zalo-problem-duplicate-connection = ⚠️ Tài khoản Zalo của bot vừa được mở trên Zalo Web ở nơi khác, nên bot bị ngắt. Đóng Zalo Web đó rồi khởi động lại bot.
zalo-problem-login-failed = ⚠️ Bot không đăng nhập được Zalo. Quản trị viên chạy "npx bontot zalo login" để quét mã QR, rồi khởi động lại bot.
zalo-problem-unreachable = ⚠️ Bot không kết nối được tới Zalo (mạng của máy chủ hoặc Zalo đang gặp sự cố). Bot vẫn tự thử lại; không cần quét lại mã QR.
cli-zalo-usage = Cách dùng: npx bontot zalo login
cli-zalo-qr = Mở Zalo trên điện thoại của tài khoản bot → Quét mã QR. Mã đã lưu tại { $file }.
cli-zalo-qr-expired = Mã QR đã hết hạn trước khi đăng nhập được xác nhận; chưa lưu gì. Hãy chạy lại "npx bontot zalo login".
cli-zalo-scanned = Đã quét; hãy xác nhận đăng nhập trên điện thoại.
cli-zalo-declined = Đăng nhập đã bị từ chối trên điện thoại; chưa lưu gì. Hãy chạy lại "npx bontot zalo login" để đăng nhập.
cli-zalo-saved = ✅ Đã đăng nhập Zalo. Phiên được lưu tại { $file } (chỉ chủ máy đọc được). Đặt ZALO_ENABLED=true rồi chạy npm start.
stage-before = { $days } ngày trước hạn
stage-due = đúng hạn
stage-overdue = quá hạn { $days } ngày
stage-escalation = báo nhóm cấp ủy
cli-period-future = Không mở được kỳ { $period }: chưa tới tháng đó.
cli-period-expired = Không mở được kỳ { $period }: kỳ này đã kết thúc ngày { $closed }, không mở lại được.
cli-no-recipients = (chưa có ai nhận — mời bí thư bằng npx bontot invite)
cli-cannot-write = Không ghi được tệp { $file }: { $reason }
cli-missing-members = Chi bộ cần --members <số đảng viên> (để kiểm tra các số trong phiếu).
cli-missing-parent = Đơn vị loại { $kind } cần --parent <mã đơn vị cấp trên>.
cli-bad-parent = Đơn vị { $parent } là chi bộ, không thể có đơn vị cấp dưới.
cli-role-needs-cell = Vai trò { $role } chỉ dành cho chi bộ; { $code } là { $kind }.
cli-db-usage = Cách dùng: npx bontot db migrate | npx bontot db backup TỆP
cli-invite-no-link = (Chưa có đường link Telegram: đặt TELEGRAM_BOT_USERNAME hoặc TELEGRAM_BOT_TOKEN.)

## Re-entry, several cells, over-long notes, no open period
question-cell = 🏠 { $unit }
note-too-long = Nội dung dài { $length } ký tự, tối đa { $max }; bot đã giữ lại, chưa ghi. Đồng chí gõ lại bản ngắn hơn, hoặc chọn 1 để dùng đoạn rút gọn dưới đây:
error-answer-not-an-item = Chưa rõ câu nào. Gõ số câu, ví dụ "sửa 5" hoặc "5".
error-assessment-changed-since-summary = Bản tóm tắt trước đã cũ (câu trả lời có thể đã thay đổi). Đồng chí xem lại bản tóm tắt mới dưới đây rồi chọn Gửi báo cáo.
greeting-hello = Xin chào đồng chí!
greeting-hello-cell = Xin chào đồng chí { $role } { $unit }!
greeting-period = Kỳ báo cáo đang mở: tháng { $period } — { $progress }. Chọn "Bắt đầu báo cáo" (hoặc gõ /baocao) để tự đánh giá.
cell-picker = Kỳ báo cáo tháng { $period }: đồng chí trả lời cho { $count } chi bộ. Chọn chi bộ để làm báo cáo (gõ số):
cell-picker-again = Chưa rõ chi bộ nào. Chọn một trong { $count } chi bộ dưới đây (gõ số):
progress-not-started = chưa bắt đầu
progress-in-progress = đang làm dở: { $answered }/{ $items } câu
progress-submitted = đã gửi ({ $score }/{ $max } điểm)
progress-not-reported = chưa báo cáo
no-open-period = Hiện chưa có kỳ báo cáo nào đang mở.
last-period-closed = Kỳ { $period } đã đóng:
cell-progress-line = • { $unit }: { $progress }
next-period-opens = Kỳ { $period } mở ngày { $date }.
hint-media = Bot chỉ đọc được chữ. Đồng chí vui lòng gõ chữ hoặc bấm nút để trả lời.
hint-edited = Tin nhắn đã sửa không được tính là câu trả lời. Để đổi câu trả lời, gõ /back (câu trước) hoặc /summary rồi "sửa <số câu>".
hint-forwarded = Tin nhắn chuyển tiếp không được tính là câu trả lời. Đồng chí vui lòng tự gõ câu trả lời.
cli-backup-done = Đã sao lưu cơ sở dữ liệu vào { $file } ({ $pages } trang).
cli-backup-exists = Tệp { $file } đã có; chọn tên khác (bản sao lưu không ghi đè).
cli-backup-postgres = Khi đặt DATABASE_URL, dữ liệu nằm trên PostgreSQL: hãy sao lưu bằng pg_dump (hoặc dùng máy dự phòng); lệnh `db backup` chỉ sao lưu tệp SQLite.
cli-outbox-empty = Không có tin nhắn nào đang chờ gửi hay gửi lỗi.
cli-outbox-line = { $chat }: { $pending } đang chờ, { $failed } lỗi, từ { $since } — lỗi gần nhất: { $error }
cli-outbox-retried = Đã đưa { $count } tin lỗi về hàng chờ gửi lại.
cli-outbox-dropped = Đã bỏ { $count } tin (không gửi nữa).
cli-outbox-usage = Cách dùng: npx bontot outbox [--format text|json] | npx bontot outbox retry|drop (--id SỐ | --chat KÊNH:MÃ | --all)
cli-telegram-unauthorized = Telegram từ chối mã bot (401): mã đã bị thu hồi hoặc sai. Lấy mã mới từ @BotFather, đặt vào TELEGRAM_BOT_TOKEN rồi khởi động lại. ({ $detail })
cli-telegram-conflict = Một tiến trình khác đang đọc tin của bot này (409): có bản thứ hai đang chạy, hoặc bản cũ chưa dừng khi triển khai. Dừng bản kia; bản này đã dừng. ({ $detail })
cli-telegram-failed = Telegram ngừng nhận tin; bot đã dừng để chương trình giám sát khởi động lại. ({ $detail })
greeting-period-started = Kỳ báo cáo đang mở: tháng { $period } — { $progress }. Chọn "Tiếp tục báo cáo" (hoặc gõ /baocao) để làm tiếp đúng chỗ đang dừng.
greeting-period-sent = Kỳ báo cáo tháng { $period }: { $progress }. Báo cáo đã gửi thì không sửa được nữa; cần sửa, xin báo văn phòng cấp ủy.
hint-submitted = Báo cáo tháng { $period } của { $unit } đã gửi, không sửa được nữa. Gõ /baocao để xem kết quả.

## Kết quả năm: chi bộ bốn tốt, 9 tiêu chí đảng bộ cơ sở (npx bontot annual, /nam)

annual-verdict-eligible = đủ điều kiện đề nghị công nhận
annual-verdict-not-eligible = chưa đủ
annual-verdict-open = còn chờ
annual-met = đạt
annual-not-met = chưa đạt
annual-pending = còn chờ
annual-missing = chưa có dữ liệu
annual-source-computed = tính từ các chi bộ
annual-source-answered = đảng bộ tự đánh giá / cấp ủy nhập
annual-source-missing = chưa có dữ liệu
annual-so-far = Tạm tính đến nay: tháng chưa chốt và xếp loại cuối năm chưa nhập còn có thể thay đổi kết quả. Cấp ủy quyết định công nhận danh hiệu, bot chỉ tính điều kiện.
annual-list-more = { $list } và { $more } khác
annual-quarter = quý { $n }
annual-rule-meetings = Sinh hoạt thường kỳ
annual-rule-thematic_quarters = Chuyên đề mỗi quý
annual-rule-four_good_months = Đủ tháng "4 tốt"
annual-rule-criterion_months = Đủ tháng từng tiêu chí
annual-rule-no_veto = Không bị phủ quyết
annual-rule-rating = Xếp loại cuối năm
annual-rule-share_good = Tỷ lệ đảng viên HTT
annual-rating-excellent = Hoàn thành xuất sắc nhiệm vụ
annual-rating-good = Hoàn thành tốt nhiệm vụ
annual-rating-complete = Hoàn thành nhiệm vụ
annual-rating-incomplete = Không hoàn thành nhiệm vụ
annual-criterion-1 = Thực hiện đường lối, pháp luật, chỉ thị cấp trên kịp thời, đầy đủ
annual-criterion-2 = Đổi mới phương thức lãnh đạo; cán bộ lãnh đạo gương mẫu
annual-criterion-3 = Hoàn thành 100% chỉ tiêu cấp trên giao
annual-criterion-4 = Ban chấp hành đoàn kết, thống nhất
annual-criterion-5 = 100% chi bộ trực thuộc đạt "4 tốt"
annual-criterion-6 = Các chi bộ sinh hoạt đủ hằng tháng và chuyên đề mỗi quý
annual-criterion-7 = Không có vi phạm do cấp trên phát hiện; hoàn thành kế hoạch kiểm tra
annual-criterion-8 = Kết nạp đảng viên đạt chỉ tiêu
annual-criterion-9 = Tổ chức và ≥ 90% đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên
annual-detail-meetings = Sinh hoạt thường kỳ { $held }/12 tháng (cần { $required }, hoặc { $withReason } nếu tháng thiếu có lý do được duyệt)
annual-detail-missed-not-approved = không sinh hoạt, chưa có lý do được duyệt: { $months }
annual-detail-missed-approved = có lý do được duyệt: { $months }
annual-detail-open-months = { $open } tháng chưa chốt
annual-detail-thematic = Có sinh hoạt chuyên đề { $held }/4 quý
annual-detail-thematic-without = chưa có: { $quarters }
annual-detail-thematic-undecided = chưa chốt: { $quarters }
annual-detail-four-good = Đạt "4 tốt" { $months }/12 tháng (cần ít nhất { $required })
annual-detail-not-four-good = chưa đạt: { $months }
annual-detail-criterion-months = Số tháng đạt: tiêu chí I { $I }, II { $II }, III { $III }, IV { $IV } (mỗi tiêu chí cần ít nhất { $required })
annual-detail-criterion-short = không đủ: tiêu chí { $criteria }
annual-detail-no-veto = Không tháng nào bị phủ quyết
annual-detail-veto = Bị phủ quyết tháng { $months } ({ $rules })
annual-detail-rating = Cấp ủy xếp loại: { $rating } (cần { $min } trở lên)
annual-detail-rating-missing = Cấp ủy chưa nhập xếp loại cuối năm (cần { $min } trở lên)
annual-detail-share-good = { $percent }% đảng viên hoàn thành tốt nhiệm vụ trở lên (cần ít nhất { $min }%)
annual-detail-share-good-missing = Cấp ủy chưa nhập tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên (cần ít nhất { $min }%)
annual-answer-yes = có
annual-answer-no = không
annual-answer-missing = Đảng bộ chưa tự đánh giá (phiếu tự đánh giá năm)
annual-detail-answer = Đảng bộ tự đánh giá: { $answer }
annual-detail-c1-not-implemented = chi bộ báo chưa triển khai văn bản cấp trên: { $refs }
annual-detail-c1-partial = { $count } lượt chi bộ-tháng triển khai một phần
annual-detail-open-cell-months = { $open } lượt chi bộ-tháng chưa chốt
annual-detail-c3 = Hoàn thành { $met }/{ $assigned } chỉ tiêu cấp trên giao
annual-detail-c4-unresolved = mất đoàn kết chưa giải quyết: { $refs }
annual-detail-no-cells = Không có chi bộ trực thuộc
annual-detail-c5 = { $eligible }/{ $cells } chi bộ đủ điều kiện "4 tốt"
annual-detail-c5-not-eligible = chưa đủ: { $codes }
annual-detail-undecided-cells = còn chờ: { $codes }
annual-detail-c6 = { $ok }/{ $cells } chi bộ đạt cả sinh hoạt thường kỳ và chuyên đề
annual-detail-c6-meetings = sinh hoạt thường kỳ chưa đạt: { $codes }
annual-detail-c6-thematic = chuyên đề chưa đạt: { $codes }
annual-detail-c7-found = vi phạm do cấp trên phát hiện: { $refs }
annual-detail-c7-none = không có vi phạm do cấp trên phát hiện
annual-detail-c7-plan = hoàn thành kế hoạch kiểm tra (đảng bộ tự đánh giá): { $answer }
annual-detail-c7-plan-missing = đảng bộ chưa tự đánh giá kế hoạch kiểm tra
annual-detail-c8 = Kết nạp { $admitted } đảng viên (chỉ tiêu { $target }: { $percent }% của { $members } đảng viên)
annual-detail-c8-no-members = Chưa có số đảng viên của đảng bộ
annual-detail-c9-rating = Đảng bộ được xếp loại: { $rating } (cần { $min } trở lên)
annual-detail-c9-rating-missing = chưa nhập xếp loại đảng bộ (cần { $min } trở lên)
annual-detail-c9-share = { $percent }% đảng viên hoàn thành tốt nhiệm vụ trở lên (cần ít nhất { $min }%)
annual-detail-c9-share-missing = chưa nhập tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên (cần ít nhất { $min }%)
annual-title-conferred = đã công nhận danh hiệu
annual-title-not-conferred = không công nhận danh hiệu
annual-title-decision = Quyết định của cấp ủy: { $decision } ({ $date })
annual-text-title = Kết quả năm { $year } — { $unit } ({ $code })
annual-text-title-all = Kết quả năm { $year } — toàn bộ tổ chức
annual-text-total = Tổng: { $cells } chi bộ — { $eligible } đủ điều kiện đề nghị công nhận · { $notEligible } chưa đủ · { $open } còn chờ
annual-text-legend = ✓ đạt · ✗ chưa đạt · … còn chờ · ? chưa có dữ liệu
annual-text-group = { $unit } ({ $code }) — { $cells } chi bộ
annual-text-cell = { $mark } { $cell } ({ $code }): { $verdict } — đã báo cáo { $reported }/12 tháng, đạt "4 tốt" { $fourGood } tháng
annual-text-waiting = còn chờ: { $rules }
annual-text-criteria = 9 tiêu chí đảng bộ cơ sở: { $verdict }
annual-text-criterion = { $mark } { $id }. { $name }: { $detail }
annual-xlsx-summary-sheet = Tổng hợp
annual-xlsx-criteria-sheet = 9 tiêu chí ĐBCS
annual-xlsx-total = Tổng cộng
annual-col-unit = Đơn vị
annual-col-code = Mã
annual-col-cells = Số chi bộ
annual-col-eligible = Đủ điều kiện
annual-col-not-eligible = Chưa đủ
annual-col-open = Còn chờ
annual-col-nine-criteria = 9 tiêu chí (đảng bộ cơ sở)
annual-col-title = Quyết định công nhận
annual-col-cell = Chi bộ
annual-col-result = Kết quả
annual-col-reported = Tháng đã báo cáo
annual-col-four-good = Tháng đạt "4 tốt"
annual-col-criterion-months = Tháng đạt TC { $id }
annual-col-explanation = Giải thích (chưa đạt, còn chờ)
annual-col-committee = Đảng bộ cơ sở
annual-col-criterion = Tiêu chí
annual-col-criterion-name = Nội dung
annual-col-source = Nguồn
annual-col-detail = Chi tiết
annual-chat-title = 📅 Kết quả năm { $year } — { $unit }
annual-chat-cells = Chi bộ ({ $cells }): { $eligible } đủ điều kiện đề nghị công nhận · { $notEligible } chưa đủ · { $open } còn chờ
annual-chat-no-cells = Đơn vị này không có chi bộ nào.
annual-chat-eligible = Đủ điều kiện: { $cells }
annual-chat-more-cells = … và { $count } chi bộ chưa đủ khác
annual-chat-committees = Đảng bộ cơ sở — 9 tiêu chí:
annual-chat-committee = { $mark } { $unit }: { $verdict } — { $met } đạt · { $notMet } chưa đạt · { $open } còn chờ · { $missing } chưa có dữ liệu
annual-chat-committee-failed = (chưa đạt: tiêu chí { $ids })
annual-chat-more-committees = … và { $count } đảng bộ cơ sở khác
annual-chat-hint = Chi tiết từng quy định: npx bontot annual --year { $year } --unit { $code } (bảng tính: --format xlsx --out tệp.xlsx).
menu-nam = Kết quả năm: chi bộ đủ điều kiện "4 tốt"
annual-usage = Cách dùng: /nam [mã đơn vị] [năm], ví dụ /nam hoặc /nam MK 2026
annual-leaders-only = Chỉ lãnh đạo cấp ủy hoặc quản trị viên mới xem được kết quả năm. Tình hình chi bộ của đồng chí: gõ /status.
annual-cli-missing-year = Thiếu --year YYYY (ví dụ --year 2026).
annual-cli-bad-year = Năm "{ $year }" không đúng dạng YYYY (ví dụ 2026).
annual-cli-out-required = Định dạng xlsx ghi ra tệp: thêm --out TỆP.xlsx.
annual-cli-written = Đã ghi { $file } ({ $cells } chi bộ, { $committees } đảng bộ cơ sở).

## Kết quả cuối năm do cấp ủy nhập: xếp loại, lý do vắng sinh hoạt, danh hiệu (issue 11, mục 2)

yearend-admin-only = Chỉ quản trị viên của cấp ủy cấp trên mới nhập được kết quả cuối năm (xếp loại, lý do vắng sinh hoạt, quyết định danh hiệu).
yearend-usage-rating =
    Cách dùng: /xeploai <mã đơn vị> <năm> <xếp loại> [tỷ lệ %]
    Ví dụ: /xeploai MK-PL1 2026 tốt 95
    Xếp loại (có dấu hoặc không dấu): xuất sắc, tốt, hoàn thành, không hoàn thành.
    Tỷ lệ: phần trăm đảng viên được xếp loại "hoàn thành tốt nhiệm vụ" trở lên, số nguyên 0–100 (95 hoặc 95%). Chỉ nhập tỷ lệ: /xeploai MK-PL1 2026 95
    Nhập cho chi bộ và đảng bộ cơ sở trực thuộc cấp ủy đồng chí quản trị.
yearend-usage-missed =
    Cách dùng: /lydo <mã chi bộ> <tháng YYYY-MM> <lý do>
    Ví dụ: /lydo MK-PL1 2026-08 Bão lũ, cả thôn tham gia ứng cứu
    Bỏ lý do đã duyệt: /lydo MK-PL1 2026-08 xóa
    Lý do tối đa 500 ký tự; không ghi tên đảng viên, không ghi thông tin mật.
yearend-usage-title =
    Cách dùng: /danhhieu <mã đơn vị> <năm> có|không [ghi chú]
    Ví dụ: /danhhieu MK-PL1 2026 có Quyết định số 12-QĐ/ĐU
    Ghi lại quyết định của cấp ủy về danh hiệu "Chi bộ bốn tốt" hoặc "Đảng bộ cơ sở bốn tốt". Bot chỉ tính điều kiện; việc công nhận do cấp ủy quyết định. Ghi chú tối đa 500 ký tự; không ghi tên đảng viên.
yearend-not-entered = chưa nhập
yearend-rating-excellent = Hoàn thành xuất sắc nhiệm vụ
yearend-rating-good = Hoàn thành tốt nhiệm vụ
yearend-rating-complete = Hoàn thành nhiệm vụ
yearend-rating-incomplete = Không hoàn thành nhiệm vụ
yearend-rating-values = xếp loại { $rating }; đảng viên hoàn thành tốt nhiệm vụ trở lên: { $share }
yearend-rating-saved = ✅ Đã ghi kết quả năm { $year } của { $unit } ({ $code }): { $values }.
yearend-rating-unchanged = Kết quả năm { $year } của { $unit } ({ $code }) đã là: { $values }. Không có gì thay đổi.
yearend-before = Trước đó: { $values }.
yearend-missed-saved = ✅ Đã duyệt lý do vắng sinh hoạt tháng { $period } của { $unit } ({ $code }): { $reason }
yearend-missed-unchanged = Lý do vắng sinh hoạt tháng { $period } của { $unit } ({ $code }) đã được duyệt như vậy. Không có gì thay đổi.
yearend-missed-withdrawn = Đã bỏ lý do vắng sinh hoạt tháng { $period } của { $unit } ({ $code }) (trước đó: { $reason }).
yearend-title-conferred = công nhận
yearend-title-not-conferred = không công nhận
yearend-title-with-note = { $decision } ({ $note })
yearend-title-saved = ✅ Đã ghi quyết định của cấp ủy về danh hiệu năm { $year } của { $unit } ({ $code }): { $decision }. Bot chỉ tính điều kiện; việc công nhận do cấp ủy quyết định.
yearend-title-unchanged = Quyết định về danh hiệu năm { $year } của { $unit } ({ $code }) đã là: { $decision }. Không có gì thay đổi.
yearend-unknown-unit = Không có đơn vị mã { $code }.
yearend-wrong-kind-rating = { $unit } ({ $code }) là { $kind }: xếp loại cuối năm chỉ nhập cho chi bộ và đảng bộ cơ sở.
yearend-wrong-kind-missed = { $unit } ({ $code }) là { $kind }: lý do vắng sinh hoạt chỉ duyệt cho chi bộ.
yearend-wrong-kind-title = { $unit } ({ $code }) là { $kind }: danh hiệu chỉ ghi cho chi bộ và đảng bộ cơ sở.
yearend-own-unit = Kết quả cuối năm của { $unit } ({ $code }) do cấp ủy cấp trên nhập; đồng chí là quản trị của chính đơn vị này nên không nhập được.
yearend-out-of-subtree = { $unit } ({ $code }) ngoài phạm vi đồng chí quản trị, nên đồng chí không nhập được.
yearend-bad-year = Năm "{ $year }" không hợp lệ: gõ năm 4 chữ số, ví dụ 2026.
yearend-future-year = Năm { $year } chưa tới (năm nay là { $current }).
yearend-bad-period = Tháng "{ $period }" không hợp lệ: gõ YYYY-MM, ví dụ 2026-08.
yearend-future-period = Tháng { $period } chưa tới.
yearend-bad-percent = Tỷ lệ "{ $share }" không hợp lệ: cần số phần trăm nguyên từ 0 đến 100, ví dụ 95 hoặc 95%.
yearend-bad-rating = Chưa rõ xếp loại "{ $rating }". Dùng: xuất sắc, tốt, hoàn thành, không hoàn thành (có dấu hoặc không dấu).
yearend-nothing-to-enter = Cần ghi xếp loại, tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên, hoặc cả hai.
yearend-reason-missing = Cần ghi lý do.
yearend-reason-too-long = Lý do dài { $length } ký tự, tối đa { $max }. Ghi ngắn gọn hơn (không ghi tên đảng viên).
yearend-note-too-long = Ghi chú dài { $length } ký tự, tối đa { $max }.
yearend-no-approval = Tháng { $period } của { $unit } ({ $code }) không có lý do vắng sinh hoạt nào đã duyệt.
yearend-bad-conferred = Chưa rõ "{ $value }": gõ "có" (công nhận) hoặc "không".
yearend-import-code-missing = Thiếu mã đơn vị.
yearend-import-other-year = Năm { $year } khác với --year { $expected }.
yearend-import-year-missing = Không rõ năm: thêm cột "Năm" hoặc chạy với --year YYYY.
yearend-import-month-missing = Có lý do vắng sinh hoạt nhưng thiếu tháng (YYYY-MM).
yearend-import-month-other-year = Tháng { $period } không thuộc năm { $year }.
yearend-import-twice = { $code } đã có giá trị khác ở dòng { $other }.
yearend-header-code = Mã
yearend-header-name = Tên đơn vị
yearend-header-kind = Loại
yearend-header-parent = Trực thuộc
yearend-header-year = Năm
yearend-header-rating = Xếp loại
yearend-header-share = Tỷ lệ HTT (%)
yearend-header-month = Tháng vắng họp (YYYY-MM)
yearend-header-reason = Lý do vắng họp
yearend-sheet-ratings = Xếp loại
yearend-sheet-missed = Lý do vắng họp
yearend-sheet-guide = Hướng dẫn
yearend-template-guide =
    Kết quả cuối năm do cấp ủy cấp trên nhập. Nhập vào bot: npx bontot yearend import <tệp> [--year YYYY] [--dry-run]
    Trang "Xếp loại": mỗi dòng một chi bộ hoặc đảng bộ cơ sở. Xếp loại: Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ (hoặc viết tắt HTXSNV, HTTNV, HTNV, KHTNV; có dấu hoặc không dấu đều được).
    Tỷ lệ HTT (%): phần trăm đảng viên được xếp loại "hoàn thành tốt nhiệm vụ" trở lên, số nguyên 0–100 (95, 95% hoặc 0,95).
    Ô để trống giữ nguyên giá trị đã nhập trước. Các cột Tên đơn vị, Loại, Trực thuộc chỉ để đối chiếu.
    Trang "Lý do vắng họp": mỗi dòng một tháng chi bộ không sinh hoạt mà cấp ủy chấp nhận lý do: mã chi bộ, tháng (YYYY-MM), lý do (tối đa 500 ký tự).
    Không ghi tên đảng viên, không ghi thông tin mật.
    Chạy với --dry-run trước để xem những gì sẽ thay đổi; tệp có lỗi thì không ghi gì.
cli-yearend-usage =
    Cách dùng:
      npx bontot yearend rating --unit MÃ --year YYYY [--rating tot] [--share 95]     xếp loại cuối năm, tỷ lệ đảng viên HTT trở lên
      npx bontot yearend missed --unit MÃ --period YYYY-MM --reason "…" | --withdraw   duyệt (hoặc bỏ) lý do vắng sinh hoạt tháng
      npx bontot yearend title --unit MÃ --year YYYY --conferred yes|no [--note "…"]   quyết định của cấp ủy về danh hiệu
      npx bontot yearend import TỆP.csv|TỆP.xlsx [--year YYYY] [--dry-run]             nhập từ bảng tính (kiểm tra mọi dòng; ghi tất cả hoặc không gì)
      npx bontot yearend template --out TỆP.xlsx|TỆP.csv [--year YYYY] [--unit MÃ]     tạo bảng tính mẫu có sẵn các đơn vị
      npx bontot yearend thresholds --unit MÃ [--share-good 100] [--four-good-months 10] [--criterion-months 10] [--meetings-with-reason 11] [--admissions-percent 3] [--clear]
                                                                                      ngưỡng xét cả năm của cấp ủy cho các đơn vị trực thuộc (không có giá trị: xem ngưỡng đang áp dụng)
    Xếp loại: xuat sac | tot | hoan thanh | khong hoan thanh (có dấu hoặc không; hoặc excellent | good | complete | incomplete). Lý do, ghi chú: tối đa 500 ký tự, không ghi tên đảng viên.
cli-yearend-csv-quote = Tệp CSV có dấu ngoặc kép chưa đóng (bắt đầu ở dòng { $row }).
cli-yearend-missing-year = Thiếu --year YYYY.
cli-yearend-rating-or-share = Cần --rating, --share, hoặc cả hai.
cli-yearend-missing-reason = Thiếu --reason "<lý do>" (hoặc --withdraw để bỏ lý do đã duyệt).
cli-yearend-missing-conferred = Thiếu --conferred yes|no.
cli-yearend-row = dòng { $row }
cli-yearend-sheet-row = trang "{ $sheet }", dòng { $row }
cli-yearend-change-new = mới
cli-yearend-change-changed = thay đổi
cli-yearend-change-unchanged = không đổi
cli-yearend-plan-rating = • { $code } ({ $unit }), năm { $year }: { $change } — { $values }
cli-yearend-plan-missed = • { $code } ({ $unit }), tháng { $period }: { $change } — lý do vắng sinh hoạt: { $reason }
cli-yearend-plan-before = (trước: { $values })
cli-yearend-missing-file = Thiếu tệp cần nhập: npx bontot yearend import TỆP.csv|TỆP.xlsx
cli-yearend-no-file = Không có tệp { $file }.
cli-yearend-problems = Tệp { $file } có { $count } lỗi; chưa ghi gì. Sửa các dòng dưới đây rồi chạy lại:
cli-yearend-dry-run = Chạy thử (--dry-run): { $new } mới, { $changed } thay đổi, { $unchanged } không đổi; chưa ghi gì.
cli-yearend-written = Đã ghi: { $new } mới, { $changed } thay đổi, { $unchanged } không đổi.
cli-yearend-nothing-in-file = Tệp { $file } không có dòng nào ghi xếp loại, tỷ lệ hay lý do vắng họp.
cli-yearend-missing-out = Thiếu --out TỆP.xlsx (hoặc .csv).
cli-yearend-file-type = Tệp { $file }: chỉ hỗ trợ .xlsx hoặc .csv (tệp .xls cũ: mở bằng Excel rồi lưu lại dạng .xlsx).
cli-yearend-out-exists = Tệp { $file } đã có; chọn tên khác (không ghi đè).
cli-yearend-template-written = Đã tạo bảng tính mẫu { $file } ({ $units } đơn vị).
cli-yearend-column-twice = Cột "{ $header }" (dòng { $row }) trùng nghĩa với một cột khác; chỉ giữ một cột.
cli-yearend-no-header = Không tìm thấy dòng tiêu đề có cột "Mã" (mã đơn vị). Dùng tệp mẫu: npx bontot yearend template --out mau.xlsx
cli-yearend-unreadable = Không đọc được { $file }: { $reason }
cli-yearend-not-utf8 = Tệp { $file } không phải văn bản UTF-8 (có thể Excel đã lưu dạng "CSV" theo bảng mã Windows): chữ có dấu sẽ bị hỏng. Trong Excel chọn Lưu thành → "CSV UTF-8 (phân cách bằng dấu phẩy)", hoặc gửi tệp .xlsx.
cli-yearend-extra-fields = Dòng { $row } có { $fields } ô nhưng dòng tiêu đề chỉ có { $columns } cột: có lẽ một giá trị chứa dấu phân cách (ví dụ "0,95" trong tệp phân cách bằng dấu phẩy). Đặt giá trị đó trong ngoặc kép, ghi 95 thay cho 0,95, hoặc dùng dấu ";" làm dấu phân cách. Chưa ghi gì.

## Corrections: return for correction, late reports, reopening a period (issue 11, item 1)

option-open-report = Mở báo cáo
correction-usage = Cách dùng: /tralai MÃ-CHI-BỘ YYYY-MM lý do trả lại, ví dụ: /tralai MK-PL1 2026-11 Câu 2 ghi nhầm số đảng viên có mặt
correction-leaders-only = Chỉ lãnh đạo cấp ủy cấp trên hoặc quản trị viên mới trả lại được báo cáo của chi bộ.
correction-out-of-scope = { $unit } ({ $code }) ngoài phạm vi đồng chí phụ trách, nên đồng chí không trả lại được báo cáo của chi bộ này.
correction-not-submitted = Báo cáo tháng { $period } của { $unit } chưa gửi ({ $status }), nên không có gì để trả lại.
correction-done = ↩️ Đã trả lại báo cáo tháng { $period } của { $unit } (lần gửi { $revision }, { $score } điểm) để sửa. Đã xếp { $notified } tin báo lý do cho bí thư, phó bí thư của chi bộ (trong giờ yên tĩnh ban đêm, tin đi lúc 7 giờ sáng); báo cáo mở lại ở bản tóm tắt, mọi câu trả lời được giữ.
correction-done-late = Kỳ này đã đóng, nên chi bộ được báo cáo muộn đến hết ngày { $until } ({ $days } ngày).
correction-notice =
    ↩️ Báo cáo tháng { $period } của { $unit } được trả lại để sửa.
    Lý do: { $reason }
    Mọi câu trả lời vẫn được giữ. Đồng chí mở báo cáo (bấm nút dưới đây hoặc gõ /baocao), sửa câu cần sửa rồi chọn "Gửi báo cáo".
correction-notice-late = Kỳ này đã đóng; chi bộ được báo cáo muộn đến hết ngày { $until }.
reason-bad = Lý do cần từ 1 đến 500 ký tự.
report-not-a-cell = { $unit } ({ $code }) không phải chi bộ; lệnh này dùng cho báo cáo tháng của một chi bộ.
report-status-not_started = chưa bắt đầu
report-status-in_progress = đang làm
report-status-submitted = đã gửi
report-status-not_reported = chưa báo cáo
late-usage = Cách dùng: /chophepmuon MÃ-CHI-BỘ YYYY-MM lý do — chi bộ được báo cáo muộn { $days } ngày (ví dụ: /chophepmuon MK-PL1 2026-11 Mất điện cả tuần)
late-out-of-scope = Đồng chí không quản trị { $unit } ({ $code }), nên không cho phép báo cáo muộn được.
late-bad-days = Số ngày cho báo cáo muộn phải từ 1 đến { $max }.
late-submitted = { $unit } đã gửi báo cáo tháng { $period }. Muốn chi bộ sửa lại thì trả lại báo cáo: /tralai { $code } { $key } lý do
late-period-open = Kỳ tháng { $period } vẫn đang mở (đến hết ngày { $closes }); { $unit } báo cáo bình thường, không cần cho phép muộn.
late-done = ⏳ { $unit } được báo cáo muộn tháng { $period } đến hết ngày { $until }. Đã xếp { $notified } tin báo cho bí thư, phó bí thư của chi bộ (trong giờ yên tĩnh ban đêm, tin đi lúc 7 giờ sáng).
late-report-notice =
    ⏳ { $unit } được phép báo cáo muộn tháng { $period }, đến hết ngày { $until }.
    Lý do: { $reason }
    Câu trả lời đã có vẫn được giữ. Bấm nút dưới đây (hoặc gõ /baocao) để làm tiếp rồi gửi.
late-report-note = (tháng { $period }, báo cáo muộn đến hết ngày { $until })
greeting-late = Chi bộ được báo cáo muộn tháng { $period } đến hết ngày { $until } — { $progress }. Chọn "Bắt đầu báo cáo" (hoặc gõ /baocao) để tự đánh giá.
greeting-late-started = Chi bộ được báo cáo muộn tháng { $period } đến hết ngày { $until } — { $progress }. Chọn "Tiếp tục báo cáo" (hoặc gõ /baocao) để làm tiếp đúng chỗ đang dừng.
progress-nothing-open = không có kỳ nào đang mở
period-open-closed = Kỳ { $period } đã đóng. Muốn mở lại (có lý do và hạn mới): /period reopen { $key } lý do, hoặc npx bontot period reopen { $key } --reason "lý do" [--days N]. Chỉ một chi bộ cần báo cáo muộn: /chophepmuon MÃ-CHI-BỘ { $key } lý do.
period-close-early =
    Kỳ tháng { $period } có hạn gửi đến hết ngày { $due }, chưa tới hạn. Đóng bây giờ thì { $awaiting } chi bộ chưa gửi bị ghi "chưa báo cáo" và không trả lời được nữa.
    Nếu vẫn muốn đóng ngay, gửi: /period close { $key } xacnhan
period-reopen-usage = Cách dùng: /period reopen YYYY-MM lý do mở lại (kỳ mở lại { $days } ngày)
period-reopen-not-closed = Kỳ tháng { $period } đang mở, không cần mở lại.
period-reopened = 🔓 Đã mở lại kỳ báo cáo tháng { $period } đến hết ngày { $until }; đã báo { $awaiting } chi bộ chưa gửi ({ $reopened } chi bộ đang ghi "chưa báo cáo" được làm tiếp). Hết hạn, kỳ tự đóng lại.
period-reopened-notice =
    🔓 Kỳ báo cáo tháng { $period } được mở lại cho { $unit }, đến hết ngày { $until }.
    Lý do: { $reason }
    Bấm nút dưới đây (hoặc gõ /baocao) để làm báo cáo.
cli-refused = { $detail }
cli-bad-days = --days "{ $days }" không hợp lệ: cần một số ngày (1–60).
cli-correction-usage = Cách dùng: npx bontot correction --unit MÃ --period YYYY-MM --reason "lý do trả lại"
cli-period-late-usage = Cách dùng: npx bontot period late --unit MÃ --period YYYY-MM --reason "lý do" [--days N]
cli-period-reopen-usage = Cách dùng: npx bontot period reopen YYYY-MM --reason "lý do" [--days N]
cli-period-usage-all = Cách dùng: npx bontot period open|close YYYY-MM [--yes] | period reopen YYYY-MM --reason "lý do" [--days N] | period late --unit MÃ --period YYYY-MM --reason "lý do" [--days N]
cli-period-close-early = Kỳ tháng { $period } có hạn gửi đến hết ngày { $due }, chưa tới hạn: đóng bây giờ thì { $awaiting } chi bộ chưa gửi bị ghi "chưa báo cáo". Nếu vẫn muốn đóng ngay: npx bontot period close { $key } --yes
history-title = Lịch sử báo cáo tháng { $period } — { $unit } ({ $code }): { $status }
history-no-submission = Chưa gửi lần nào.
history-revision = Lần gửi { $revision }: { $at }, người gửi { $by } — { $score }/{ $max } điểm, { $fourGood }
history-four-good = đạt "4 tốt"
history-not-four-good = chưa đạt "4 tốt"
history-returned = ↩️ trả lại { $at }, người trả { $by }: { $reason }
history-late = Báo cáo muộn: được phép đến hết ngày { $until } (cho phép { $at }, người cho phép { $by }): { $reason }
history-audit = Nhật ký:
history-system = hệ thống (dòng lệnh)

# Kết quả năm gửi nhóm đầu tháng Giêng và biểu đồ 12 tháng (issue 11)
annual-chart-title = Năm { $year } — { $unit }
annual-chart-all-units = toàn bộ đơn vị
annual-chart-month = T{ $month }
annual-chart-four-good-months = 4 tốt
annual-chart-verdict = Kết quả
annual-chart-four-good = Đạt "4 tốt"
annual-chart-not-four-good = Đã báo cáo, chưa đạt "4 tốt"
annual-chart-not-reported = Không báo cáo
annual-chart-open = Chưa đến kỳ / chưa gửi
annual-chart-eligible = Đủ điều kiện đề nghị công nhận
annual-chart-not-eligible = Chưa đủ
annual-chart-pending = Còn chờ
annual-chart-page = (trang { $page }/{ $pages })
annual-chart-more = … và { $count } chi bộ khác (xem /nam hoặc npx bontot annual)
annual-post-chart-page = 📅 Kết quả năm { $year } — { $unit }: biểu đồ trang { $page }/{ $pages }
annual-cli-chart-written = Đã ghi biểu đồ: { $files }
annual-cli-chart-no-cells = Không có chi bộ nào để vẽ biểu đồ.

## Annual thresholds per committee (issue 11: yearend thresholds)
yearend-bad-threshold-share-good = "{ $value }" không phải tỷ lệ hợp lệ: nhập số phần trăm nguyên từ { $min } đến { $max }, ví dụ 90 hoặc 100.
yearend-bad-threshold-four-good-months = "{ $value }" không phải số tháng đạt "4 tốt" hợp lệ: nhập số nguyên từ { $min } đến { $max }.
yearend-bad-threshold-criterion-months = "{ $value }" không phải số tháng đạt từng tiêu chí hợp lệ: nhập số nguyên từ { $min } đến { $max }.
yearend-bad-threshold-meetings-with-reason = "{ $value }" không phải số kỳ sinh hoạt hợp lệ: nhập số nguyên từ { $min } đến { $max }.
yearend-bad-threshold-admissions-percent = "{ $value }" không phải tỷ lệ kết nạp hợp lệ: nhập số phần trăm từ { $min } đến { $max }, ví dụ 3 hoặc 3,5.
yearend-thresholds-clear-and-set = Hoặc xoá ngưỡng riêng của đơn vị, hoặc đặt giá trị mới — không làm cả hai cùng lúc.
yearend-thresholds-nothing-to-set = Hãy cho ít nhất một ngưỡng cần đặt.
yearend-threshold-share-good = Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên: ít nhất { $value }%
yearend-threshold-four-good-months = Số tháng đạt "4 tốt": ít nhất { $value }/12
yearend-threshold-criterion-months = Số tháng đạt từng tiêu chí (I–IV): ít nhất { $value }/12
yearend-threshold-meetings-with-reason = Số kỳ sinh hoạt thường kỳ khi mọi kỳ vắng đều có lý do được chấp thuận: ít nhất { $value }/12
yearend-threshold-admissions-percent = Kết nạp đảng viên trong năm (đảng bộ cơ sở): ít nhất { $value }% số đảng viên
cli-yearend-thresholds-in-force = Ngưỡng xét cả năm áp dụng cho { $unit } ({ $code }):
cli-yearend-threshold-from-default = mặc định
cli-yearend-threshold-from-self = do chính đơn vị này đặt
cli-yearend-threshold-from-unit = do { $unit } ({ $code }) đặt
cli-yearend-thresholds-saved = Đã lưu ngưỡng xét cả năm của { $unit } ({ $code }); áp dụng cho mọi đơn vị trực thuộc chưa tự đặt ngưỡng đó.
cli-yearend-thresholds-unchanged = Ngưỡng của { $unit } ({ $code }) đã như vậy: không có gì thay đổi.
cli-yearend-thresholds-cleared = Đã xoá ngưỡng riêng của { $unit } ({ $code }); từ nay theo cấp trên hoặc mặc định.
cli-yearend-thresholds-none-to-clear = { $unit } ({ $code }) chưa đặt ngưỡng riêng: không có gì để xoá.
