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
    /moi MÃ [vai trò] — (quản trị) tạo mã mời cho bí thư (hoặc vai trò khác) của một đơn vị
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

cli-see-help = Gõ "{ $command } --help" để xem hướng dẫn.
cli-unknown-command = Không có lệnh "{ $command }".
cli-unknown-option = Không có tùy chọn { $option } cho lệnh này.
cli-unexpected-argument = Thừa "{ $argument }": lệnh này không nhận thêm từ nào ngoài các tùy chọn.
cli-option-needs-value = Tùy chọn { $option } cần một giá trị (giá trị bắt đầu bằng dấu "-" thì viết { $option }=-1).
cli-option-takes-no-value = Tùy chọn { $option } không nhận giá trị; chỉ cần ghi { $option }.
cli-bad-period = Kỳ "{ $period }" không đúng dạng YYYY-MM (ví dụ 2026-11).
cli-unknown-period = Không có kỳ báo cáo { $period }.
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

cli-unknown-unit = Không có đơn vị mã { $code }. Xem danh sách: npx bontot units
cli-invite-created =
    Mã mời { $role } — { $unit }: { $code }
    Dùng một lần, hết hạn { $expires }.
cli-invite-link = Đường link Telegram: { $link }
cli-invite-start = Hoặc gửi cho bot: /start { $code }
cli-bad-unit-code = Cần --code gồm chữ, số, "-" hoặc "_" (tối đa 32 ký tự).
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
cli-yearend-csv-quote = Tệp CSV có dấu ngoặc kép chưa đóng (bắt đầu ở dòng { $row }).
cli-yearend-rating-or-share = Cần --rating, --share, hoặc cả hai.
cli-yearend-missing-reason = Thiếu --reason "<lý do>" (hoặc --withdraw để bỏ lý do đã duyệt).
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
cli-yearend-file-type = Tệp { $file }: chỉ hỗ trợ .xlsx hoặc .csv (tệp .xls cũ: mở bằng Excel rồi lưu lại dạng .xlsx).
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

## Monthly report exports and reminding on demand (issue 12, parts 3 and 4)
report-sheet-title = Báo cáo tháng { $period } — { $unit } (hạn gửi { $due })
report-sheet-all-units = toàn bộ đơn vị
report-sheet-summary = Tổng hợp
report-sheet-cells = Chi bộ
report-sheet-answers = Câu trả lời
report-sheet-total = Tổng cộng
report-sheet-status-returned = trả lại để sửa
report-sheet-no-secretary = Chưa có bí thư đăng ký
report-sheet-unreachable = { $who } (không nhận được tin của bot)
report-sheet-met = Đạt
report-sheet-not-met = Không đạt
report-sheet-four-good = Đạt
report-sheet-not-four-good = Không đạt
report-sheet-veto = TC { $id }: { $label }
report-sheet-decimal = { $value }
report-sheet-subtotal = Cộng { $unit }: { $cells } chi bộ
report-sheet-grand-total = Tổng cộng: { $cells } chi bộ
report-sheet-subtotal-submitted = Đã gửi { $submitted }/{ $cells }
report-sheet-subtotal-four-good = Đạt: { $count }
report-sheet-subtotal-no-secretary = Chưa có bí thư: { $count }
report-col-above = Cấp ủy cấp trên
report-col-group = Đảng bộ (trực thuộc)
report-col-code = Mã
report-col-cells = Số chi bộ
report-col-submitted = Đã gửi
report-col-working = Đang làm / trả lại sửa
report-col-not-started = Chưa bắt đầu
report-col-not-reported = Chưa báo cáo
report-col-four-good-count = Đạt "4 tốt"
report-col-no-secretary = Chưa có bí thư đăng ký
report-col-cell = Chi bộ
report-col-status = Trạng thái
report-col-submitted-at = Gửi lúc
report-col-score = Điểm
report-col-max = Tối đa
report-col-four-good = Chi bộ "4 tốt"
report-col-criterion = TC { $id }: { $name }
report-col-vetoes = Điều kiện phủ quyết (tiêu chí không đạt)
report-col-flags = Cảnh báo sớm
report-col-notes = Kết quả nổi bật, kiến nghị
report-col-registration = Bí thư / phó bí thư đăng ký
report-text-group = { $unit } (thuộc { $above }): đã gửi { $submitted }/{ $cells }, đạt "4 tốt" { $fourGood }
report-text-score = { $score }/{ $max } điểm
report-text-total = Tổng cộng: đã gửi { $submitted }/{ $cells }, đạt "4 tốt" { $fourGood }; đang làm { $working }, chưa bắt đầu { $notStarted }, chưa báo cáo { $notReported }.
report-text-no-secretary = Chưa có bí thư, phó bí thư đăng ký ({ $count }): { $cells }
report-cli-written = Đã ghi báo cáo tháng { $period } ({ $cells } chi bộ): { $file }
report-cli-format-unknown = Không biết ghi { $file } theo định dạng nào: đặt đuôi .xlsx hoặc .csv (hoặc .json, .txt), hoặc thêm --format xlsx|csv|text|json.
report-cli-format-mismatch = --format { $format } không khớp với tên tệp { $file }: tệp { $format } cần đuôi .{ $ext }.
cli-option-report-format = định dạng (mặc định json, cho máy đọc; xlsx luôn ghi ra tệp; tên --out có đuôi .xlsx, .csv, .txt, .json thì theo đuôi đó)
cli-option-report-unit = chỉ đơn vị này và các đơn vị trực thuộc
cli-option-remind-now = nhắc ngay mọi chi bộ chưa gửi báo cáo
cli-option-remind-unit = chỉ các chi bộ của đơn vị này (và đơn vị trực thuộc)
list-more = …và { $count } chi bộ khác
remind-no-open-period = Không có kỳ báo cáo nào đang mở, nên chưa có ai cần nhắc.
remind-overview-title = ⏰ Nhắc báo cáo — { $unit }
remind-overview-all-units = toàn bộ đơn vị
remind-overview-period = Tháng { $period } (hạn { $due }): { $awaiting }/{ $cells } chi bộ chưa gửi báo cáo.
remind-overview-all-submitted = Tháng { $period }: mọi chi bộ đã gửi báo cáo, không cần nhắc.
remind-overview-next = Lần nhắc tự động tiếp theo: { $time } ngày { $date } ({ $stage }).
remind-overview-no-next = Không còn lần nhắc tự động nào cho kỳ này.
remind-nobody = Không nhắc được — chưa có bí thư, phó bí thư đăng ký ({ $count }): { $cells }
remind-unreachable = Không nhắc được — bí thư, phó bí thư không nhận được tin của bot (đã chặn bot hoặc rời Zalo/Telegram) ({ $count }): { $cells }
remind-overview-how-chat = Nhắc ngay mọi chi bộ chưa gửi: /remind now { $code }
remind-overview-how-cli = Nhắc ngay mọi chi bộ chưa gửi: npx bontot remind --now{ $unit }
remind-now-sent = ⏰ Đã nhắc { $cells } chi bộ chưa gửi báo cáo tháng { $period } ({ $messages } tin).
remind-now-held = ⏰ { $cells } chi bộ sẽ được nhắc lúc { $time } ngày { $date } (đang giờ yên tĩnh ban đêm, tin chờ đến sáng) — báo cáo tháng { $period }, { $messages } tin.
remind-now-already = Đã được nhắc hôm nay, không nhắc lại ({ $count }): { $cells }
remind-now-admins-only = Chỉ quản trị viên mới nhắc được các chi bộ. Tình hình đơn vị của đồng chí: gõ /status.
remind-now-out-of-scope = { $unit } ({ $code }) ngoài phạm vi đồng chí quản trị, nên đồng chí không nhắc được các chi bộ của đơn vị này.
remind-usage = Cách dùng: /remind [mã đơn vị] xem tình hình nhắc; /remind now [mã đơn vị] nhắc ngay mọi chi bộ chưa gửi.
status-no-secretary = Chưa có bí thư đăng ký ({ $count }): { $cells }
cli-remind-now-dry-run = --now (nhắc ngay) và --dry-run (chỉ xem) không dùng cùng nhau.
remind-now-none = ⏰ Không chi bộ nào nhận được tin nhắc báo cáo tháng { $period }.

## Invites for a whole committee: typeable codes, printable cards, list, revoke, registration notice (issue 12, part 2)
invite-revoked = Mã mời này đã bị thu hồi. Vui lòng xin mã mới từ văn phòng cấp ủy.
invite-registered-notice = 🆕 Đã có người đăng ký: { $role } của { $unit } ({ $code }), qua { $channel ->
    [telegram] Telegram
    [zalo] Zalo
    [console] màn hình dòng lệnh
   *[other] { $channel }
}.
invite-sheet-title = Mã mời — { $unit } ({ $code })
invite-card-role = Vai trò: { $role }
invite-card-telegram-scan = Telegram: quét mã QR
invite-card-telegram-open = hoặc mở đường link:
invite-card-telegram-send = Telegram: gửi cho bot
invite-card-no-qr = (Không có mã QR: chưa đặt tên bot Telegram khi in phiếu)
invite-card-code = Mã mời (gõ chữ hoa hay chữ thường đều được):
invite-card-zalo = Zalo: gửi tin nhắn «start { $code }» tới { $contact }
invite-card-zalo-blank = tài khoản Zalo của bot: ………………………
invite-card-expires = Hết hạn: { $date }. Mỗi mã chỉ dùng một lần.
invite-xlsx-sheet = Mã mời
invite-xlsx-committee = Cấp ủy
invite-xlsx-unit-code = Mã đơn vị
invite-xlsx-unit-name = Tên đơn vị
invite-xlsx-role = Vai trò
invite-xlsx-code = Mã mời
invite-xlsx-link = Đường link Telegram
invite-xlsx-expires = Hết hạn
invite-xlsx-status = Trạng thái
invite-status-new = mã mới
invite-status-renewed = mã mới (thay mã cũ đã thu hồi)
invite-status-registered = đã có người đăng ký
invite-status-pending = còn mã chưa dùng
cli-invite-batch-issued = Đã tạo { $count } mã mời ({ $role }) cho các đơn vị thuộc { $unit } ({ $code }); hết hạn { $expires }.
cli-invite-batch-renewed = { $count } mã cũ chưa dùng đã bị thu hồi và thay bằng mã mới.
cli-invite-batch-skipped-registered = Bỏ qua { $count } đơn vị đã có { $role } đăng ký: { $units }
cli-invite-batch-skipped-pending = Bỏ qua { $count } đơn vị còn mã chưa dùng (thêm --renew để thu hồi và cấp mã mới): { $units }
cli-invite-batch-none = Không tạo mã mới nào: không có đơn vị nào cần.
cli-invite-batch-no-targets = Không có đơn vị nào thuộc { $unit } ({ $code }) nhận mã mời { $role }.
cli-invite-batch-no-qr = Chưa biết tên bot Telegram nên phiếu không có mã QR và đường link (chỉ có cách gửi /start kèm mã): đặt TELEGRAM_BOT_USERNAME hoặc TELEGRAM_BOT_TOKEN, hoặc thêm --bot-username.
cli-invite-pdf-written = Đã ghi phiếu mời để in (PDF): { $file }
cli-invite-xlsx-written = Đã ghi danh sách mã mời (XLSX): { $file }
cli-invite-batch-not-written = Các mã đã được tạo nhưng chưa ghi được tệp. Sửa lỗi trên rồi chạy lại lệnh với --renew: mã vừa tạo sẽ bị thu hồi và thay bằng mã mới.
cli-invite-same-file = Phiếu in (PDF) và danh sách (XLSX) phải là hai tệp khác nhau.
cli-invite-bad-extension = { $option } cần tên tệp có đuôi { $ext }, ví dụ { $example }.
cli-invite-list-title = Đăng ký và mã mời — { $unit } ({ $code }):
cli-invite-list-unit = { $unit } ({ $code })
cli-invite-list-registered = • { $role }: đã đăng ký — { $accounts }; { $since }
cli-invite-list-since = ngày { $date }
cli-invite-list-granted = được cấp quyền trực tiếp (không qua mã mời)
cli-invite-list-no-account = chưa có tài khoản
cli-invite-list-unreachable = { $account } (không gửi tin được)
cli-invite-list-pending = • { $role }: mã chưa dùng, tạo { $created }, hết hạn { $expires }
cli-invite-list-nobody = • chưa có ai đăng ký trả lời báo cáo
cli-invite-list-empty = Không có đơn vị nào phù hợp.
cli-invite-list-summary = Tổng: { $registered } đơn vị đã có người đăng ký, { $pending } mã đang chờ, { $nobody } chi bộ chưa có ai.
cli-invite-list-filters = --pending và --registered không dùng cùng nhau.
cli-invite-revoked-code = Đã thu hồi mã mời { $role } của { $unit } ({ $code }).
cli-invite-revoke-invalid = Không có mã mời nào như vậy. Kiểm tra lại mã (chữ hoa hay chữ thường, có gạch nối hay không đều được).
cli-invite-revoke-used = Mã này đã được dùng để đăng ký vào { $unit } ({ $code }): không thu hồi được nữa.
cli-invite-revoke-revoked = Mã này của { $unit } ({ $code }) đã bị thu hồi từ trước: không có gì thay đổi.
cli-invite-revoke-expired = Mã này của { $unit } ({ $code }) đã hết hạn: không cần thu hồi.
cli-invite-revoked-unit = Đã thu hồi { $count } mã mời chưa dùng thuộc { $unit } ({ $code }).
cli-invite-revoke-usage = Cho mã cần thu hồi, hoặc --unit MÃ_ĐƠN_VỊ (có thể thêm --role) — không cả hai.
cli-invite-needs-all-cells = { $options } chỉ dùng khi tạo mã cho cả cấp ủy (--all-cells).
cli-bad-bot-username = "{ $value }" không phải tên bot Telegram (5–32 chữ, số hoặc "_", ví dụ bontot_bot).
cli-option-invite-all-cells = một mã cho mỗi chi bộ (và đảng bộ cơ sở, với --role leader|admin) thuộc --unit chưa có người giữ vai trò đó; ghi phiếu in PDF và danh sách XLSX
cli-option-invite-renew = với --all-cells: thu hồi mã còn chờ và cấp mã mới (mặc định: bỏ qua đơn vị còn mã chưa dùng)
cli-option-invite-out = phiếu in PDF ghi vào TỆP (danh sách XLSX ghi cạnh nó, cùng tên); không có --out: tự đặt tên trong data/exports/
cli-option-invite-xlsx = danh sách XLSX ghi vào TỆP này thay vì cạnh tệp PDF
cli-option-bot-username = tên bot Telegram cho đường link và mã QR (mặc định: TELEGRAM_BOT_USERNAME, hoặc hỏi Telegram bằng TELEGRAM_BOT_TOKEN)
cli-option-zalo-contact = tài khoản Zalo của bot in trên phiếu, ví dụ "Bontot Lào Cai (0912 345 678)" (mặc định: ZALO_CONTACT)
cli-invite-list-description = ai đã đăng ký vào đơn vị nào và khi nào, mã mời nào còn chờ, chi bộ nào chưa có ai
cli-invite-list-examples =
    npx bontot invite list --unit MK
    npx bontot invite list --unit MK --pending
    npx bontot invite list --registered --format json
cli-option-invite-list-unit = đơn vị và mọi đơn vị trực thuộc (mặc định: cả cây)
cli-option-invite-pending = chỉ đơn vị còn mã chưa dùng
cli-option-invite-registered = chỉ đơn vị đã có người đăng ký
cli-invite-revoke-description = thu hồi một mã mời, hoặc mọi mã chưa dùng của một đơn vị và các đơn vị trực thuộc
cli-invite-revoke-examples =
    npx bontot invite revoke 7KQ2-M9XD-4TFA-0BNZ
    npx bontot invite revoke --unit MK --role secretary
cli-placeholder-invite-code = MÃ-MỜI
cli-argument-invite-code = mã mời cần thu hồi (chữ hoa hay thường, có gạch nối hay không đều được)
cli-option-invite-revoke-unit = thu hồi mọi mã chưa dùng của đơn vị này và các đơn vị trực thuộc
cli-option-invite-revoke-role = chỉ mã của vai trò này

## Tự đánh giá năm của đảng bộ cơ sở (issue 11, phần 3): phiếu, hội thoại, nhắc, kết quả năm

label-y1-implements = Thực hiện chủ trương, nghị quyết
label-y2-leadership = Đổi mới phương thức lãnh đạo
label-y3-targets = Chỉ tiêu cấp trên giao
label-y4-disunity = Mất đoàn kết, đơn thư trong ban chấp hành
label-y4-resolved = Đã giải quyết xong
label-y5-inspections = Kế hoạch kiểm tra, giám sát
label-y6-rating = Đảng bộ tự xếp loại
label-y7-share-good = Đảng viên hoàn thành tốt nhiệm vụ trở lên
label-y8-notes = Kết quả nổi bật, kiến nghị
question-y1-implements = (Tiêu chí 1) Trong năm, đảng bộ đã lãnh đạo triển khai kịp thời, đầy đủ đường lối của Đảng, chính sách, pháp luật của Nhà nước và các chỉ thị, nghị quyết của cấp trên chưa?
question-y2-leadership = (Tiêu chí 2) Trong năm, đảng ủy có đổi mới phương thức lãnh đạo, và cấp ủy viên, cán bộ chủ chốt có gương mẫu đi đầu không?
question-y3-targets = (Tiêu chí 3) Cấp trên giao cho đảng bộ bao nhiêu chỉ tiêu trong năm, và đảng bộ đã hoàn thành bao nhiêu chỉ tiêu?
question-y4-disunity = (Tiêu chí 4) Trong năm, ban chấp hành đảng bộ có biểu hiện mất đoàn kết, hoặc có đơn thư khiếu nại, tố cáo liên quan đến cấp ủy viên không?
question-y4-resolved = Các vụ việc đó đã được giải quyết xong chưa? (Có = đã giải quyết xong, Không = chưa)
question-y5-inspections = (Tiêu chí 7) Chương trình kiểm tra, giám sát năm của đảng ủy có bao nhiêu cuộc theo kế hoạch, và đã thực hiện bao nhiêu cuộc?
question-y6-rating = (Tiêu chí 9) Đảng bộ tự đánh giá, xếp loại năm nay ở mức nào? (Nếu cấp ủy cấp trên đã xếp loại, kết quả năm dùng xếp loại của cấp trên.)
question-y7-share-good = (Tiêu chí 9) Tỷ lệ đảng viên của đảng bộ được xếp loại "hoàn thành tốt nhiệm vụ" trở lên năm nay?
question-y8-notes = Kết quả nổi bật, khó khăn, kiến nghị với cấp ủy cấp trên (không bắt buộc). Không ghi tên đảng viên, không ghi thông tin mật.
part-targets-assigned = chỉ tiêu được giao
    .aliases = được giao, giao, số chỉ tiêu, tổng số chỉ tiêu
part-targets-met = chỉ tiêu đã hoàn thành
    .aliases = hoàn thành, đã hoàn thành, đạt, đã đạt
part-inspections-planned = cuộc theo kế hoạch
    .aliases = kế hoạch, theo kế hoạch, số cuộc
part-inspections-done = cuộc đã thực hiện
    .aliases = đã thực hiện, thực hiện, đã làm, xong
check-targets-met-le-assigned = Số chỉ tiêu hoàn thành ({ $left }) không thể nhiều hơn số được giao ({ $right }).
check-inspections-done-le-planned = Số cuộc đã thực hiện theo kế hoạch ({ $left }) không thể nhiều hơn số cuộc trong kế hoạch ({ $right }).
option-org-excellent = Hoàn thành xuất sắc nhiệm vụ
    .aliases = xuat sac, xuất sắc, htxs
option-org-good = Hoàn thành tốt nhiệm vụ
    .aliases = hoan thanh tot, hoàn thành tốt, tốt, tot, htt
option-org-complete = Hoàn thành nhiệm vụ
    .aliases = hoan thanh, hoàn thành, ht
option-org-incomplete = Không hoàn thành nhiệm vụ
    .aliases = khong hoan thanh, không hoàn thành, khht
yearly-summary-title = 📝 Tóm tắt phiếu tự đánh giá năm { $period } — { $unit }
yearly-summary-actions = Kiểm tra lại rồi gõ "gửi" (hoặc bấm Gửi báo cáo). Sau khi gửi thì không sửa được nữa. Muốn sửa câu nào, gõ số câu đó, ví dụ 3.
yearly-receipt-title = ✅ Đã gửi phiếu tự đánh giá năm { $period } — { $unit }.
yearly-already-submitted = Phiếu tự đánh giá năm { $period } của { $unit } đã gửi; không sửa được nữa.
yearly-paused-unsent = ⏸ Đã lưu đủ { $items }/{ $items } câu, nhưng phiếu CHƯA GỬI. Gõ /baocao rồi gõ "gửi" để gửi; chưa gửi thì các tiêu chí đảng bộ tự đánh giá bị ghi là chưa có dữ liệu.
unscored-summary-note = Phiếu này không chấm điểm: các câu trả lời cùng số liệu báo cáo tháng của các chi bộ trực thuộc quyết định tiêu chí 1–4, 7 và 9 trong kết quả năm { $period } của đảng bộ (xem bằng /nam).
unscored-receipt = Các câu trả lời được tính vào tiêu chí 1–4, 7 và 9 của đảng bộ trong kết quả năm { $period } (lãnh đạo, quản trị viên xem bằng /nam).
yearly-greeting-period = Phiếu tự đánh giá năm { $period } của đảng bộ đang mở — { $progress }. Chọn "Bắt đầu báo cáo" (hoặc gõ /baocao) để tự đánh giá.
yearly-greeting-period-started = Phiếu tự đánh giá năm { $period } của đảng bộ đang mở — { $progress }. Chọn "Tiếp tục báo cáo" (hoặc gõ /baocao) để làm tiếp đúng chỗ đang dừng.
yearly-greeting-period-sent = Phiếu tự đánh giá năm { $period }: { $progress }. Phiếu đã gửi thì không sửa được nữa.
yearly-greeting-late = Đảng bộ được gửi muộn phiếu tự đánh giá năm { $period } đến hết ngày { $until } — { $progress }. Chọn "Bắt đầu báo cáo" (hoặc gõ /baocao) để tự đánh giá.
yearly-greeting-late-started = Đảng bộ được gửi muộn phiếu tự đánh giá năm { $period } đến hết ngày { $until } — { $progress }. Chọn "Tiếp tục báo cáo" (hoặc gõ /baocao) để làm tiếp đúng chỗ đang dừng.
yearly-late-report-note = (năm { $period }, gửi muộn đến hết ngày { $until })
unit-picker = Đồng chí trả lời cho { $count } đơn vị. Chọn báo cáo cần làm (gõ số):
unit-picker-again = Chưa rõ báo cáo nào. Chọn một trong { $count } báo cáo dưới đây (gõ số):
picker-line = tháng { $period }: { $progress }
yearly-picker-line = tự đánh giá năm { $period }: { $progress }
yearly-nothing-open = phiếu tự đánh giá năm chưa mở
progress-sent = đã gửi
yearly-none-open = Hiện chưa có phiếu tự đánh giá năm nào đang mở.
yearly-last-closed = Phiếu năm { $period } đã đóng:
yearly-next-opens = Phiếu tự đánh giá năm { $period } mở ngày { $date }.
yearly-error-assessment-period-closed = Phiếu tự đánh giá năm { $period } đã đóng; câu trả lời không được ghi nhận nữa. Đảng bộ được ghi là "chưa báo cáo" phiếu năm này.
yearly-hint-submitted = Phiếu tự đánh giá năm { $period } của { $unit } đã gửi, không sửa được nữa. Gõ /baocao để xem lại.
yearly-open-invitation = 📣 Phiếu tự đánh giá năm { $period } của đảng bộ đã mở. Mời đồng chí trả lời cho { $unit } (tiêu chí 1–4, kế hoạch kiểm tra, xếp loại); hạn gửi: { $due }.
yearly-reminder-before = ⏰ Còn { $days } ngày đến hạn gửi phiếu tự đánh giá năm { $period } của { $unit } (hạn { $due }). Mỗi câu trả lời được lưu ngay; có thể làm từng phần.
yearly-reminder-due = ⏰ Hôm nay ({ $due }) là hạn gửi phiếu tự đánh giá năm { $period } của { $unit }.
yearly-reminder-overdue = ⏰ Phiếu tự đánh giá năm { $period } của { $unit } đã quá hạn { $days } ngày (hạn { $due }). Đề nghị đồng chí hoàn thành sớm.
yearly-escalation = ⚠️ { $unit }: { $count } đảng bộ cơ sở chưa gửi phiếu tự đánh giá năm { $period } (hạn { $due }): { $cells }
yearly-remind-line = • { $cell } — tự đánh giá năm { $period }, { $stage }, { $recipients } người nhận
yearly-open-future = Không mở được phiếu tự đánh giá năm { $period }: năm đó chưa tới.
yearly-open-closed = Phiếu tự đánh giá năm { $period } đã đóng, không mở lại được.
yearly-open-earlier = Không mở được phiếu tự đánh giá năm { $period }: phiếu năm { $earlier } vẫn đang mở (các đảng bộ trả lời từng năm một). Đóng phiếu năm { $earlier } trước.
yearly-period-opened = Đã mở phiếu tự đánh giá năm { $period } cho các đảng bộ cơ sở.
yearly-period-closed-now = Đã đóng phiếu tự đánh giá năm { $period }; { $count } đảng bộ cơ sở được ghi "chưa báo cáo".
yearly-period-not-open = Phiếu tự đánh giá năm { $period } không mở hoặc đã đóng trước đó.
yearly-period-close-early =
    Phiếu tự đánh giá năm { $period } có hạn gửi đến hết ngày { $due }, chưa tới hạn. Đóng bây giờ thì { $awaiting } đảng bộ cơ sở chưa gửi bị ghi "chưa báo cáo" và không trả lời được nữa.
    Nếu vẫn muốn đóng ngay, gửi: /period close { $key } xacnhan
yearly-cli-period-close-early = Phiếu tự đánh giá năm { $period } có hạn gửi đến hết ngày { $due }, chưa tới hạn: đóng bây giờ thì { $awaiting } đảng bộ cơ sở chưa gửi bị ghi "chưa báo cáo". Nếu vẫn muốn đóng ngay: npx bontot period close { $key } --yes
annual-self-not-open = Phiếu tự đánh giá năm của đảng bộ chưa mở (mở trong tháng 12)
annual-self-not-started = Đảng bộ chưa bắt đầu phiếu tự đánh giá năm
annual-self-in-progress = Đảng bộ đang làm dở phiếu tự đánh giá năm, chưa gửi
annual-self-not-reported = Đảng bộ không gửi phiếu tự đánh giá năm (phiếu đã đóng)
annual-detail-c4-executive-none = Đảng bộ tự đánh giá: ban chấp hành không có biểu hiện mất đoàn kết, đơn thư
annual-detail-c4-executive-resolved = Đảng bộ tự đánh giá: ban chấp hành có vụ việc mất đoàn kết, đơn thư, đã giải quyết xong
annual-detail-c4-executive-unresolved = Đảng bộ tự đánh giá: ban chấp hành có vụ việc mất đoàn kết, đơn thư chưa giải quyết
annual-detail-c7-inspections = kế hoạch kiểm tra, giám sát: thực hiện { $done }/{ $planned } cuộc (đảng bộ tự đánh giá)
annual-from-entered = — cấp ủy cấp trên nhập
annual-from-self = — đảng bộ tự đánh giá
console-demo-yearly = Đồng chí cũng là bí thư { $unit }: phiếu tự đánh giá năm { $year } của đảng bộ đã mở để thử — gõ /baocao rồi chọn nó; gửi xong, gõ /nam để xem 9 tiêu chí của đảng bộ.

## CLI trên commander: trợ giúp, lỗi cách gọi, cấu hình, cơ sở dữ liệu, tệp xuất ra (issue 12, mục 5–7)

cli-program-description = bontot — bot "Chi bộ bốn tốt": báo cáo tháng, kết quả năm, nhắc việc, bản tin trên Telegram, Zalo và trên máy.
cli-program-after =
    Mỗi lệnh có hướng dẫn và ví dụ riêng: npx bontot <lệnh> --help (ví dụ npx bontot annual --help).
    Cấu hình qua biến môi trường hoặc tệp .env (xem .env.example); --lang en hoặc BONTOT_LANG=en để dùng tiếng Anh.
    Mã thoát: 0 thành công, 2 gọi lệnh sai (tùy chọn, giá trị), 1 lỗi khi chạy (cấu hình, cơ sở dữ liệu).
cli-help-usage = Cách dùng:
cli-help-arguments = Tham số:
cli-help-options = Tùy chọn:
cli-help-global-options = Tùy chọn chung:
cli-help-commands = Lệnh:
cli-help-examples = Ví dụ:
cli-help-choices = chọn: { $choices }
cli-help-default = mặc định: { $value }
cli-help-option = xem hướng dẫn của lệnh
cli-help-command = xem hướng dẫn của một lệnh
cli-version-option = in số phiên bản
cli-option-lang = ngôn ngữ của thông báo (và của báo cáo)
cli-placeholder-command = lệnh
cli-placeholder-lang = ngôn-ngữ
cli-placeholder-file = TỆP
cli-placeholder-code = MÃ
cli-placeholder-name = TÊN
cli-placeholder-kind = LOẠI
cli-placeholder-role = VAI-TRÒ
cli-placeholder-number = SỐ
cli-placeholder-period = YYYY-MM
cli-placeholder-year = YYYY
cli-placeholder-format = ĐỊNH-DẠNG
cli-placeholder-reason = LÝ-DO
cli-placeholder-chat = KÊNH:MÃ
cli-placeholder-rating = XẾP-LOẠI
cli-placeholder-percent = PHẦN-TRĂM
cli-placeholder-yes-no = yes|no
cli-placeholder-note = GHI-CHÚ
cli-missing-argument = Thiếu { $argument }.
cli-missing-option = Thiếu { $option }.
cli-conflicting-options = Không dùng { $option } cùng với { $other }.
cli-did-you-mean = Có phải là { $suggestion }?
cli-bad-choice = Tùy chọn { $option } không nhận "{ $value }"; chọn một trong: { $allowed }.
cli-bad-integer = { $option } "{ $value }" không hợp lệ: cần một số nguyên từ { $min } đến { $max }.
cli-bad-year = Năm "{ $value }" không đúng dạng YYYY (ví dụ { $option } 2026).
cli-file-written = Đã ghi { $file }.
cli-out-no-dir = Không ghi được tệp { $file }: thư mục { $dir } không có (kiểm tra lại đường dẫn; bontot không tự tạo thư mục cho --out).
cli-out-is-dir = { $file } là một thư mục: --out cần tên tệp, ví dụ { $file }/bao-cao.xlsx.
cli-out-exists = Tệp { $file } đã có; thêm --force để ghi đè, hoặc chọn tên khác.
cli-out-is-database = { $file } là tệp cơ sở dữ liệu của bontot: không ghi đè lên nó (kể cả với --force). Chọn tên khác cho --out.
cli-option-out = ghi vào TỆP (không có --out: tự đặt tên trong data/exports/; --out - in ra màn hình)
cli-option-force = ghi đè tệp --out nếu đã có
cli-fs-EACCES = không có quyền ghi
cli-fs-EPERM = không có quyền ghi
cli-fs-EROFS = ổ đĩa chỉ cho đọc
cli-fs-ENOSPC = ổ đĩa đã đầy
cli-fs-ENOENT = thư mục không có
cli-fs-ENOTDIR = một phần của đường dẫn không phải thư mục
cli-fs-EISDIR = đó là một thư mục
cli-config-where = Sửa trong tệp .env (hoặc biến môi trường) rồi chạy lại; giải thích từng biến: .env.example.

config-invalid = giá trị không hợp lệ.
config-not-empty = không được để trống.
config-time-zone = không phải múi giờ IANA (ví dụ Asia/Ho_Chi_Minh).
config-positive-integer = cần một số nguyên dương.
config-non-negative-integer = cần một số nguyên không âm.
config-day-of-month = cần một ngày trong tháng, số nguyên từ 1 đến 31.
config-true-false = chỉ nhận true hoặc false.
config-cron = không phải biểu thức cron hợp lệ (phút giờ ngày tháng thứ, ví dụ "0 8 * * *" là 08:00 mỗi ngày).
config-postgres-url = cần một địa chỉ PostgreSQL dạng postgresql://người-dùng:mật-khẩu@máy:5432/tên-csdl (để trống thì dùng tệp SQLite).
config-instance = cần một tên ngắn: chữ, số, _ . : - (tối đa 64 ký tự).
config-lang = chỉ nhận vi hoặc en.
config-log-level = chỉ nhận fatal, error, warn, info, debug, trace hoặc silent.
config-telegram-token = không giống mã bot do @BotFather cấp (dạng 123456:ABC…).
config-url = cần một địa chỉ URL đầy đủ (https://…).
config-url-trailing-slash = không được kết thúc bằng dấu "/".
config-webhook-https = Telegram chỉ gửi tin tới địa chỉ https:// (http:// chỉ dùng được với localhost).
config-webhook-secret = cần 16 đến 256 ký tự gồm chữ, số, _ và - (ví dụ tạo bằng `openssl rand -hex 32`).
config-webhook-secret-required = bắt buộc khi đặt TELEGRAM_WEBHOOK_URL, để chỉ Telegram gửi được tin tới bot.
config-port = cần một cổng từ 0 đến 65535.
config-bot-username = cần tên bot dạng bontot_bot (5–32 chữ, số, _).
config-telegram-ids = cần danh sách mã người dùng Telegram (chỉ số), cách nhau bằng dấu phẩy.
config-zalo-ids = cần danh sách mã người dùng Zalo (chỉ số), cách nhau bằng dấu phẩy.
config-days-list = cần danh sách số ngày, cách nhau bằng dấu phẩy, ví dụ 3,1.
config-overdue-max = cần một số nguyên từ 0 đến 31.
config-quiet-hours = cần dạng GIỜ:PHÚT-GIỜ:PHÚT, ví dụ 21:00-07:00.
config-zalo-interval = cần một số mili giây, ít nhất 500.
config-due-after-close = hạn gửi (ngày { $due } tháng sau) phải trước hoặc bằng ngày đóng kỳ PERIOD_CLOSE_DAY ({ $close }): nếu không, kỳ đóng trước khi tới hạn.
config-close-after-next-open = kỳ tháng M đóng cuối ngày { $close } tháng M+1, nhưng kỳ tháng M+1 đã mở ngày PERIOD_OPEN_DAY ({ $open }): hai kỳ sẽ mở cùng lúc. Ngày đóng kỳ phải nhỏ hơn ngày mở kỳ.
config-reminder-before-open = nhắc trước hạn { $days } ngày thì rơi vào lúc kỳ chưa mở (từ ngày mở kỳ tới hạn gửi có thể chỉ { $window } ngày, như tháng Hai).
config-reminders-in-quiet-hours = giờ nhắc việc { $times } nằm trong giờ yên lặng QUIET_HOURS={ $quiet }: tin nhắc sẽ phải chờ tới { $resume }. Đổi giờ nhắc hoặc QUIET_HOURS.
config-digest-in-quiet-hours = giờ gửi bản tin tuần { $times } nằm trong giờ yên lặng QUIET_HOURS={ $quiet }: bản tin sẽ phải chờ tới { $resume }. Đổi giờ gửi hoặc QUIET_HOURS.
config-annual-in-quiet-hours = giờ gửi kết quả năm { $times } nằm trong giờ yên lặng QUIET_HOURS={ $quiet }: tin sẽ phải chờ tới { $resume }. Đổi giờ gửi hoặc QUIET_HOURS.

db-problem-corrupt = Tệp cơ sở dữ liệu { $file } bị hỏng hoặc không phải cơ sở dữ liệu của bontot; bontot không đọc, không ghi gì vào đó.
db-problem-cannot-create = Không tạo hay mở được cơ sở dữ liệu { $file } ({ $code }): thư mục không có quyền ghi, hoặc đường dẫn sai. Kiểm tra BONTOT_DB_PATH và quyền của thư mục.
db-problem-cannot-open = Không mở được cơ sở dữ liệu { $file } ({ $code }): kiểm tra tệp có đó, đọc được, và ổ đĩa còn hoạt động.
db-problem-read-only = Cơ sở dữ liệu { $file } chỉ cho đọc: lệnh này cần ghi dữ liệu nên chưa làm gì. Các lệnh chỉ đọc (units, report, history, annual) vẫn chạy được; để ghi, chạy bằng tài khoản có quyền ghi tệp và thư mục của nó.
db-problem-needs-migration = Cơ sở dữ liệu { $file } cần cập nhật cấu trúc ({ $count } migration) nhưng tệp chỉ cho đọc. Chạy "npx bontot db migrate" bằng tài khoản có quyền ghi, rồi chạy lại.
db-problem-migration-changed = Migration { $migration } đã bị sửa sau khi áp dụng vào { $file }: bản bontot này không khớp với cơ sở dữ liệu. Dùng đúng phiên bản bontot đã tạo dữ liệu.
db-problem-disk-full = Ổ đĩa chứa { $file } đã đầy: chưa ghi gì. Giải phóng chỗ trống rồi chạy lại.
db-problem-postgres-unreachable = Không kết nối được PostgreSQL tại { $where } ({ $code }): máy chủ chưa chạy, sai địa chỉ/cổng, hoặc tường lửa chặn.
db-problem-postgres-refused = PostgreSQL tại { $where } từ chối đăng nhập của người dùng "{ $user }": kiểm tra tên và mật khẩu trong DATABASE_URL.
db-problem-postgres-no-database = PostgreSQL tại { $where } không có cơ sở dữ liệu "{ $database }": tạo nó (createdb) hoặc sửa DATABASE_URL.
db-problem-help = Sao lưu thường xuyên: npx bontot db backup. Khôi phục: dừng bot, chép bản sao lưu đè lên tệp cơ sở dữ liệu (README, mục "Backups and restoring").
db-problem-postgres-help = Kiểm tra DATABASE_URL trong .env (hoặc để trống để dùng tệp SQLite).
cli-db-read-only = Cơ sở dữ liệu { $file } chỉ cho đọc và đã cập nhật: không có gì để migrate.

cli-start-description = chạy bot: Telegram/Zalo khi đã cấu hình, nếu không thì thử trên máy (console)
cli-start-examples =
    npx bontot start
    npx bontot start --lang en
cli-report-description = báo cáo tháng của các chi bộ: bảng tính Excel (xlsx) để lưu hồ sơ, CSV, văn bản hoặc JSON (trạng thái, điểm, "4 tốt", từng tiêu chí, phủ quyết, cảnh báo, ghi chú, câu trả lời); chỉ đọc
cli-report-examples =
    npx bontot report --period 2026-11 --format xlsx                    # ghi data/exports/bao-cao-thang-2026-11.xlsx
    npx bontot report --period 2026-11 --unit MK --out bao-cao-MK.xlsx
    npx bontot report --period 2026-11 --format csv --out bao-cao.csv   # CSV tiếng Việt, dấu ";" (Excel tiếng Việt)
    npx bontot report --period 2026-11 --format csv --lang en           # CSV tiếng Anh, dấu ","
    npx bontot report --period 2026-11 --format text --unit MK-THPT
    npx bontot report --period 2026-11                                  # JSON cho máy đọc
cli-option-period = kỳ báo cáo (tháng), ví dụ 2026-11
cli-option-format = định dạng kết quả
cli-annual-description = kết quả năm: chi bộ đủ điều kiện "4 tốt", 9 tiêu chí đảng bộ cơ sở; bảng tính xlsx, biểu đồ 12 tháng
cli-annual-examples =
    npx bontot annual --year 2026
    npx bontot annual --year 2026 --unit MK --format xlsx
    npx bontot annual --year 2026 --format csv --out nam-2026.csv
    npx bontot annual --year 2026 --unit MK --chart nam-2026.png
cli-option-year = năm, ví dụ 2026
cli-option-annual-unit = chỉ đơn vị này và các đơn vị trực thuộc
cli-option-annual-format = định dạng (mặc định text; xlsx luôn ghi ra tệp)
cli-option-chart = vẽ biểu đồ PNG (không ghi tên tệp: tự đặt tên trong data/exports/)
cli-units-description = cây tổ chức (chỉ đọc); thêm đơn vị bằng "units add"
cli-units-examples =
    npx bontot units
    npx bontot units --format json
    npx bontot units add --code LC --name "Tỉnh ủy Lào Cai" --kind province
cli-units-empty = Chưa có đơn vị nào. Tạo đơn vị gốc: npx bontot units add --code MK --name "Đảng ủy xã Mường Khương" --kind committee (hoặc npx bontot demo để thử tổ chức mẫu).
cli-units-add-description = thêm một đơn vị; đơn vị không ghi --parent là gốc của cây (chi bộ thì luôn cần cấp trên)
cli-units-add-examples =
    npx bontot units add --code MK --name "Đảng ủy xã Mường Khương" --kind committee
    npx bontot units add --code MK-PL1 --name "Chi bộ thôn Pha Long 1" --kind cell --parent MK --members 18
cli-option-unit-code = mã đơn vị: chữ, số, "-" hoặc "_" (tối đa 32 ký tự)
cli-option-unit-name = tên đơn vị
cli-option-unit-kind = loại đơn vị
cli-option-unit-parent = mã đơn vị cấp trên (bỏ trống: đơn vị gốc)
cli-option-unit-members = số đảng viên (bắt buộc với chi bộ)
cli-invite-description = tạo mã mời dùng một lần (và đường link Telegram) để một người đăng ký vào đơn vị
cli-invite-examples =
    npx bontot invite --unit MK-PL1
    npx bontot invite --unit MK --role admin
    npx bontot invite --unit MK --all-cells --out phieu-moi-MK.pdf
cli-option-unit = mã đơn vị
cli-option-role = vai trò của người được mời
cli-demo-description = tạo tổ chức mẫu (8 đơn vị, không có người) trên cơ sở dữ liệu trống
cli-demo-examples =
    npx bontot demo
cli-digest-description = bản tin của một đơn vị, như nhóm nhận được (và biểu đồ)
cli-digest-examples =
    npx bontot digest --unit MK
    npx bontot digest --unit MK --period 2026-11 --chart ban-tin.png
cli-option-digest-period = kỳ (mặc định: kỳ bản tin đang nói tới)
cli-remind-description = các chi bộ chưa gửi báo cáo và lần nhắc tự động tiếp theo; --now: nhắc ngay tất cả (giờ yên tĩnh ban đêm: tin chờ đến sáng)
cli-remind-examples =
    npx bontot remind                    # xem: bao nhiêu chi bộ chưa gửi, khi nào nhắc tự động, chi bộ nào chưa có bí thư
    npx bontot remind --unit MK
    npx bontot remind --now              # nhắc ngay mọi chi bộ chưa gửi (mỗi chi bộ tối đa một lần một ngày)
    npx bontot remind --now --unit MK-THPT
cli-option-remind-dry-run = chỉ xem, không gửi (như khi không có --now)
cli-period-description = mở, đóng, mở lại kỳ báo cáo; cho một chi bộ báo cáo muộn
cli-period-examples =
    npx bontot period open 2026-11
    npx bontot period close 2026-11 --yes
    npx bontot period reopen 2026-11 --reason "Gia hạn cho cả xã" --days 7
    npx bontot period late --unit MK-NC --period 2026-11 --reason "Mất điện" --days 3
cli-argument-period = kỳ báo cáo (tháng), ví dụ 2026-11
cli-period-open-description = mở kỳ báo cáo của một tháng (mời các bí thư)
cli-period-open-examples =
    npx bontot period open 2026-11
cli-period-close-description = đóng kỳ: chi bộ chưa gửi bị ghi "chưa báo cáo"
cli-option-period-close-yes = xác nhận đóng trước hạn gửi
cli-period-close-examples =
    npx bontot period close 2026-11
    npx bontot period close 2026-11 --yes
cli-period-reopen-description = mở lại kỳ đã đóng, có hạn mới
cli-option-reason = lý do (ghi vào nhật ký; không ghi tên đảng viên)
cli-option-reopen-days = mở thêm bao nhiêu ngày (mặc định 7)
cli-period-reopen-examples =
    npx bontot period reopen 2026-11 --reason "Gia hạn cho cả xã"
    npx bontot period reopen 2026-11 --reason "Gia hạn cho cả xã" --days 10
cli-period-late-description = cho một chi bộ báo cáo muộn kỳ đã đóng
cli-option-cell = mã chi bộ
cli-option-late-days = được muộn bao nhiêu ngày (mặc định 7)
cli-period-late-examples =
    npx bontot period late --unit MK-NC --period 2026-11 --reason "Mất điện" --days 3
cli-correction-description = trả lại báo cáo đã gửi để chi bộ sửa
cli-option-correction-reason = lý do trả lại (chi bộ nhận được lý do này)
cli-correction-examples =
    npx bontot correction --unit MK-PL1 --period 2026-11 --reason "Số đảng viên dự họp chưa khớp sổ"
cli-history-description = các lần gửi, trả lại và nhật ký của một báo cáo (chỉ đọc)
cli-history-examples =
    npx bontot history --unit MK-PL1 --period 2026-11
    npx bontot history --unit MK-PL1 --period 2026-11 --format json
cli-yearend-description = kết quả cuối năm do cấp ủy nhập: xếp loại, lý do vắng họp, danh hiệu, nhập từ bảng tính, ngưỡng xét
cli-yearend-examples =
    npx bontot yearend rating --unit MK-PL1 --year 2026 --rating tot --share 95
    npx bontot yearend template --year 2026 --unit MK
    npx bontot yearend import mau-cuoi-nam-2026.xlsx --dry-run
    npx bontot yearend thresholds --unit MK
cli-yearend-rating-description = xếp loại cuối năm và tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên
cli-option-yearend-unit = mã chi bộ hoặc đảng bộ cơ sở
cli-option-yearend-rating = xuat sac | tot | hoan thanh | khong hoan thanh (có dấu hoặc không; hoặc excellent | good | complete | incomplete)
cli-option-yearend-share = tỷ lệ % đảng viên HTT trở lên: 95, 95% hoặc 0,95
cli-yearend-rating-examples =
    npx bontot yearend rating --unit MK-PL1 --year 2026 --rating tot --share 95
    npx bontot yearend rating --unit MK-THPT --year 2026 --rating "xuất sắc"
cli-yearend-missed-description = duyệt (hoặc bỏ) lý do một tháng chi bộ không sinh hoạt
cli-option-yearend-missed-reason = lý do được chấp nhận (tối đa 500 ký tự, không ghi tên đảng viên)
cli-option-yearend-withdraw = bỏ lý do đã duyệt
cli-yearend-missed-examples =
    npx bontot yearend missed --unit MK-NC --period 2026-08 --reason "Bão lũ, cả thôn đi ứng cứu"
    npx bontot yearend missed --unit MK-NC --period 2026-08 --withdraw
cli-yearend-title-description = quyết định của cấp ủy về danh hiệu (ghi riêng, không trộn vào kết quả tính)
cli-option-yearend-conferred = có công nhận danh hiệu không
cli-option-yearend-note = ghi chú, ví dụ số quyết định (tối đa 500 ký tự)
cli-yearend-title-examples =
    npx bontot yearend title --unit MK-PL1 --year 2026 --conferred yes --note "QĐ số 12-QĐ/ĐU"
cli-yearend-import-description = nhập từ bảng tính .xlsx hoặc .csv (kiểm tra mọi dòng; ghi tất cả hoặc không gì)
cli-argument-yearend-file = tệp .xlsx hoặc .csv
cli-option-yearend-import-year = năm cho các dòng không có cột Năm
cli-option-dry-run = chạy thử: in những gì sẽ thay đổi, không ghi gì
cli-yearend-import-examples =
    npx bontot yearend import nam-2026.xlsx --dry-run
    npx bontot yearend import nam-2026.csv --year 2026
cli-yearend-template-description = tạo bảng tính mẫu có sẵn các chi bộ và đảng bộ cơ sở (.xlsx hoặc .csv)
cli-option-yearend-template-year = năm (mặc định: năm đang xét)
cli-yearend-template-examples =
    npx bontot yearend template --year 2026
    npx bontot yearend template --year 2026 --unit MK --out nam-2026.csv
cli-yearend-thresholds-description = ngưỡng xét cả năm của cấp ủy cho các đơn vị trực thuộc (không có giá trị: xem ngưỡng đang áp dụng)
cli-option-threshold-share-good = tỷ lệ % đảng viên HTT trở lên tối thiểu (0–100)
cli-option-threshold-four-good-months = số tháng đạt "4 tốt" tối thiểu (0–12)
cli-option-threshold-criterion-months = số tháng đạt từng tiêu chí tối thiểu (0–12)
cli-option-threshold-meetings-with-reason = số kỳ sinh hoạt tối thiểu khi mọi kỳ vắng có lý do (0–12)
cli-option-threshold-admissions-percent = tỷ lệ % kết nạp tối thiểu (đảng bộ cơ sở)
cli-option-threshold-clear = xoá ngưỡng riêng của đơn vị
cli-yearend-thresholds-examples =
    npx bontot yearend thresholds --unit MK
    npx bontot yearend thresholds --unit MK --share-good 100 --four-good-months 11
    npx bontot yearend thresholds --unit MK --clear
cli-zalo-description = tài khoản Zalo của bot
cli-zalo-login-description = đăng nhập Zalo cho bot bằng mã QR (lưu phiên để npm start dùng)
cli-zalo-login-examples =
    npx bontot zalo login
cli-outbox-description = tin đang chờ gửi hoặc gửi lỗi, theo từng cuộc trò chuyện
cli-outbox-examples =
    npx bontot outbox
    npx bontot outbox retry --chat telegram:-1001234567890
    npx bontot outbox drop --id 42
cli-outbox-retry-description = đưa tin gửi lỗi về hàng chờ gửi lại
cli-outbox-drop-description = bỏ tin (không gửi nữa)
cli-option-outbox-id = một tin theo số của nó
cli-option-outbox-chat = mọi tin của một cuộc trò chuyện, ví dụ telegram:-1001234567890
cli-option-outbox-all = mọi cuộc trò chuyện
cli-outbox-retry-examples =
    npx bontot outbox retry --chat telegram:-1001234567890
    npx bontot outbox retry --all
cli-outbox-drop-examples =
    npx bontot outbox drop --id 42
    npx bontot outbox drop --chat zalo:123456789
cli-outbox-bad-chat = --chat "{ $chat }" cần dạng KÊNH:MÃ, ví dụ telegram:-1001234567890.
cli-db-description = cơ sở dữ liệu: tạo/cập nhật, sao lưu
cli-db-examples =
    npx bontot db migrate
    npx bontot db backup
cli-db-migrate-description = tạo hoặc cập nhật cấu trúc cơ sở dữ liệu
cli-db-migrate-examples =
    npx bontot db migrate
cli-db-backup-description = sao lưu tệp SQLite khi bot đang chạy (không bao giờ ghi đè)
cli-argument-backup-file = tệp sao lưu (mặc định: data/backups/bontot-NGÀY-GIỜ.db)
cli-db-backup-examples =
    npx bontot db backup
    npx bontot db backup /mnt/usb/bontot-2026-11-30.db
cli-version-description = in số phiên bản
cli-version-examples =
    npx bontot version

## Bộ câu hỏi dạng tệp, sửa được, theo từng nhánh đơn vị (issue 13): kiểm tra tệp, xem trước, xuất, áp dụng, chấm thử

qfile-at = dòng { $line }, cột { $column }: { $message }
qfile-at-related = dòng { $line }, cột { $column }: { $message } (xem dòng { $related })
qfile-field = { $name } ({ $key })
qfile-field-nth = { $field } thứ { $n }
qfile-field-points-of = điểm cho «{ $option }» (points)
qfile-field-file = tệp
qfile-field-code = mã bộ câu hỏi
qfile-field-version = phiên bản
qfile-field-criteria = danh sách tiêu chí
qfile-field-id = mã
qfile-field-name = tên
qfile-field-max = tối đa
qfile-field-metat = ngưỡng đạt
qfile-field-questions = danh sách câu hỏi
qfile-field-item = số mục
qfile-field-criterion = tiêu chí
qfile-field-label = tên ngắn
qfile-field-prompt = câu hỏi
qfile-field-answer = kiểu trả lời
qfile-field-type = loại
qfile-field-min = tối thiểu
qfile-field-unit = đơn vị
qfile-field-parts = các phần
qfile-field-options = lựa chọn
qfile-field-optional = không bắt buộc
qfile-field-askif = điều kiện hỏi
qfile-field-checks = kiểm tra chéo
qfile-field-left = vế trái
qfile-field-right = vế phải
qfile-field-error = lời báo lỗi
qfile-field-rules = danh sách quy tắc
qfile-field-kind = loại quy tắc
qfile-field-q = mã câu hỏi
qfile-field-part = phần
qfile-field-points = điểm
qfile-field-when = điều kiện áp dụng
qfile-field-value = giá trị đo
qfile-field-bands = các mức
qfile-field-atleast = từ (≥)
qfile-field-above = trên (>)
qfile-field-atmost = đến (≤)
qfile-field-note = ghi chú
qfile-field-of = các cách tính
qfile-field-zeroes = về 0 điểm
qfile-field-sum = tổng
qfile-field-percentof = tỷ lệ phần trăm
qfile-field-ref = tham chiếu
qfile-field-in = các giá trị
qfile-field-monthofquarter = tháng trong quý
qfile-field-all = tất cả điều kiện
qfile-field-any = một trong các điều kiện
qfile-field-not = phủ định
qfile-field-const = hằng số
qfile-field-maxlength = độ dài tối đa
qfile-field-vi = chữ tiếng Việt
qfile-field-en = chữ tiếng Anh
qfile-field-aliases = cách gọi khác
qfile-field-texts = bảng chữ
qfile-expected-number = một số
qfile-expected-int = một số nguyên
qfile-expected-string = một chữ (văn bản hoặc mã)
qfile-expected-array = một danh sách (các dòng bắt đầu bằng "- ", hoặc [ … ])
qfile-expected-object = một nhóm trường (các dòng "tên: giá trị" thụt vào)
qfile-expected-boolean = true hoặc false
qfile-expected-record = một nhóm "lựa chọn: điểm"
qfile-expected-other = kiểu { $expected }
qfile-missing = thiếu { $field }
qfile-type = { $field } phải là { $expected }
qfile-number-at-least = { $field } phải là số ≥ { $min }
qfile-number-above = { $field } phải là số > { $min }
qfile-number-at-most = { $field } phải là số ≤ { $max }
qfile-number-below = { $field } phải là số < { $max }
qfile-items-at-least = { $field } cần ít nhất { $min } mục
qfile-items-at-most = { $field } chỉ được nhiều nhất { $max } mục
qfile-items-exact = { $field } cần đúng { $count } mục
qfile-text-empty = { $field } không được để trống
qfile-text-too-long = { $field } dài quá { $max } ký tự
qfile-one-of = { $field } phải là một trong: { $values }
qfile-one-of-suggest = { $field } phải là một trong: { $values } — có phải «{ $suggestion }»?
qfile-unknown-field = không có trường «{ $name }» ở chỗ này
qfile-unknown-field-suggest = không có trường «{ $name }» ở chỗ này — có phải «{ $suggestion }»?
qfile-text-unknown-field = chữ chỉ gồm vi, en (và aliases); «{ $name }» là thừa. Nếu chữ có dấu phẩy trong {"{"} … {"}"}, hãy đặt cả câu trong dấu nháy kép: vi: "Đoàn kết, kỷ luật tốt"
qfile-question-id = mã câu hỏi «{ $value }» chỉ được gồm chữ thường không dấu, số và dấu gạch dưới (ví dụ q4_preparation)
qfile-option-id = mã lựa chọn «{ $value }» chỉ được gồm chữ thường không dấu, số và gạch nối, bắt đầu bằng chữ (ví dụ prep-both)
qfile-text-key = «{ $value }» không phải tên một dòng chữ (chữ thường không dấu, số và gạch nối, ví dụ question-q1-held); muốn viết chữ ngay tại đây thì viết vi: … và en: …
qfile-expected-ref = { $field } phải là một tham chiếu: q: mã câu hỏi (thêm part: số thứ tự phần, từ 0, với câu gồm nhiều số), hoặc unit: memberCount (số đảng viên của chi bộ), hoặc const: một số
qfile-expected-condition = { $field } phải là một điều kiện: ref: … với in: [các giá trị] hoặc atLeast:/atMost: …; monthOfQuarter: [1, 2, 3]; all: [ … ]; any: [ … ]; hoặc not: …
qfile-expected-value = { $field } phải là một giá trị đo: ref: …, sum: [ … ] hoặc percentOf: [phần, tổng]
qfile-invalid = { $field } không hợp lệ ({ $detail })
qfile-texts-in-file = tệp không dùng trường texts: viết chữ ngay tại chỗ dùng (vi: … và en: …)
qfile-option-text-conflict = lựa chọn «{ $id }» đã được viết ở chỗ khác với chữ khác
qfile-key-written-here = «{ $key }» là tên một dòng chữ do chính tệp này viết ra; hãy viết lại chữ tại đây
qfile-code-format = mã bộ câu hỏi «{ $value }» chỉ được gồm chữ thường không dấu, số và gạch nối, bắt đầu bằng chữ (ví dụ kieu-mau)
qfile-unknown-question = không có câu hỏi nào mã «{ $id }»
qfile-unknown-question-suggest = không có câu hỏi nào mã «{ $id }» — có phải «{ $suggestion }»?
qfile-part-not-a-list = câu «{ $id }» ({ $type }) không gồm nhiều số: bỏ part
qfile-part-out-of-range = câu «{ $id }» chỉ có { $count } phần: part từ 0 đến { $last }
qfile-part-needed = câu «{ $id }» gồm { $count } số: cần part (đếm từ 0) để chọn một số
qfile-not-a-number = câu «{ $id }» ({ $type }) không cho ra số nên không dùng được ở đây
qfile-not-comparable = câu «{ $id }» ({ $type }) không so sánh được với giá trị nào
qfile-unknown-option = «{ $option }» không phải lựa chọn của câu «{ $id }» (có: { $options })
qfile-not-a-choice = câu «{ $id }» ({ $type }) không có lựa chọn để chấm điểm theo
qfile-ask-if-later = điều kiện hỏi chỉ được dựa vào câu hỏi đứng trước; «{ $id }» đứng sau (hoặc là chính câu này)
qfile-duplicate-question = mã câu hỏi «{ $id }» bị trùng
qfile-duplicate-rule = mã quy tắc «{ $id }» bị trùng
qfile-duplicate-criterion = tiêu chí «{ $id }» được khai báo hai lần
qfile-duplicate-option = lựa chọn «{ $id }» bị trùng
qfile-duplicate-part = phần «{ $id }» bị trùng
qfile-reserved-option = mã lựa chọn «{ $id }» đã dành cho nút của bot; hãy đặt mã khác
qfile-unknown-criterion = tiêu chí «{ $id }» không có trong criteria
qfile-bands-order = các mức phải xếp từ nhiều điểm đến ít điểm: mức { $points } điểm đứng sau mức { $before } điểm nên không bao giờ được chọn
qfile-item-order = số mục phải đi lần lượt từ 1, các câu cùng mục đứng liền nhau: ở đây là { $item }, cần { $expected } (hoặc bằng số mục của câu ngay trước)
qfile-met-at-above-max = ngưỡng đạt ({ $metAt }) lớn hơn điểm tối đa ({ $max })
qfile-reachable-max = tiêu chí { $id }: khai báo tối đa { $max } điểm nhưng các quy tắc cộng lại tối đa được { $reachable }
qfile-reachable-max-months = tiêu chí { $id }: khai báo tối đa { $max } điểm nhưng ở tháng thứ { $months } của quý các quy tắc cộng lại tối đa được { $reachable }
qfile-score-bands-order = xếp loại phải đi từ ngưỡng cao xuống thấp: { $atLeast } đứng sau { $before }
qfile-score-bands-floor = mức xếp loại cuối cùng phải có atLeast: 0 (ở đây là { $atLeast }) để điểm nào cũng có xếp loại
qfile-criteria-count = bộ câu hỏi được chấm điểm cần đúng 4 tiêu chí I, II, III, IV (ở đây có { $count }); bộ không chấm điểm thì để criteria: []
qfile-unscored-rule = bộ câu hỏi không có tiêu chí (không chấm điểm) chỉ có quy tắc loại flag; «{ $id }» chấm điểm
qfile-unscored-bands = bộ câu hỏi không có tiêu chí (không chấm điểm) thì không có xếp loại: để bands: []
qfile-bands-needed = bộ câu hỏi được chấm điểm cần ít nhất một mức xếp loại trong bands
qfile-syntax = lỗi cú pháp YAML: { $detail }
qfile-syntax-bad-indent = thụt lề không khớp với các dòng cùng cấp
qfile-syntax-duplicate-key = một trường được viết hai lần trong cùng một nhóm
qfile-syntax-tab-as-indent = thụt lề bằng phím Tab; YAML chỉ nhận dấu cách
qfile-syntax-missing-char = thiếu dấu đóng ngoặc hoặc dấu nháy
qfile-syntax-unexpected-token = có ký tự không đúng chỗ
qfile-syntax-bad-scalar-start = giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt nó trong dấu nháy kép
qfile-syntax-block-in-flow = trong [ … ] hoặc ngoặc nhọn không được viết danh sách xuống dòng
qfile-syntax-multiline-implicit-key = tên trường không được kéo sang dòng sau (có thể thiếu dấu hai chấm hoặc dấu nháy)
qfile-syntax-bad-alias = gọi *tên nhưng chưa có &tên nào đứng trước
qfile-syntax-multiple-docs = tệp chỉ được chứa một bộ câu hỏi (bỏ dòng ---)
qfile-syntax-too-many-aliases = quá nhiều *tên lồng vào nhau
qfile-syntax-other = YAML không hợp lệ ({ $code })
qfile-not-a-questionnaire = tệp không phải một bộ câu hỏi: cần các trường code, version, criteria, questions, rules, bands
qfile-unknown-text = không có dòng chữ «{ $key }» trong locales/vi.ftl; hãy viết chữ ngay tại đây: vi: … và en: …
qpreview-title = Xem trước bộ câu hỏi { $name } (mã nội dung { $hash })
qpreview-intro = { $items } mục, { $questions } câu hỏi. Bí thư chi bộ sẽ thấy từng câu như dưới đây (ví dụ tháng { $period }).
qpreview-asked-if = chỉ hỏi khi { $condition }
qpreview-criteria-title = Điểm tối đa theo tiêu chí:
qpreview-criterion = Tiêu chí { $id } ({ $name }): tối đa { $max } điểm, đạt từ { $metAt } điểm
qpreview-rule = • { $label }: tối đa { $points } điểm
qpreview-rule-when = • { $label }: tối đa { $points } điểm, khi { $condition }
qpreview-veto = ⛔ { $label }: tiêu chí không đạt, khi { $condition }
qpreview-veto-zeroes = ⛔ { $label }: tiêu chí 0 điểm và không đạt, khi { $condition }
qpreview-total = Tổng tối đa: { $max } điểm.
qpreview-bands = Xếp loại tham khảo: { $bands }
qpreview-band = { $label } từ { $atLeast }%
qpreview-flags = Cảnh báo sớm cho cấp ủy (không tính điểm):
qpreview-flag = { $label }, khi { $condition }
qpreview-unscored = Bộ câu hỏi này không chấm điểm (không có tiêu chí): câu trả lời được đọc khi tổng kết năm.
qpreview-members = số đảng viên của chi bộ
qpreview-and = và
qpreview-or = hoặc
qpreview-cond-in = «{ $label }» là { $values }
qpreview-cond-at-least = «{ $label }» ≥ { $min }
qpreview-cond-at-most = «{ $label }» ≤ { $max }
qpreview-cond-between = «{ $label }» từ { $min } đến { $max }
qpreview-cond-answered = «{ $label }» đã trả lời
qpreview-cond-months = tháng thứ { $months } của quý
qpreview-cond-not = không phải ({ $condition })

cli-questionnaire-description = bộ câu hỏi hằng tháng dạng tệp YAML: kiểm tra, xem trước, xuất, chấm thử kỳ đã qua, áp dụng cho một nhánh đơn vị
cli-questionnaire-examples =
    npx bontot questionnaire export > bo-cau-hoi.yaml                           # bộ đang dùng, để sửa
    npx bontot questionnaire check bo-cau-hoi.yaml                              # mọi lỗi, kèm dòng và cột
    npx bontot questionnaire preview bo-cau-hoi.yaml                            # bí thư sẽ thấy gì
    npx bontot questionnaire rescore bo-cau-hoi.yaml --period 2026-11 --unit MK # điểm tháng trước, nếu chấm theo tệp này
    npx bontot questionnaire import bo-cau-hoi.yaml --unit MK --from 2027-01    # áp dụng từ một kỳ chưa mở
    npx bontot questionnaire list
cli-argument-questionnaire-file = tệp bộ câu hỏi (.yaml)
cli-questionnaire-check-description = kiểm tra một tệp bộ câu hỏi: mọi lỗi cùng lúc, kèm dòng, cột và điều cần sửa
cli-questionnaire-check-examples =
    npx bontot questionnaire check questionnaires/kieu-mau.yaml
    npx bontot questionnaire check bo-cau-hoi.yaml --lang en
cli-questionnaire-preview-description = xem trước: từng câu hỏi đúng như bí thư chi bộ sẽ thấy, và điểm tối đa theo tiêu chí
cli-questionnaire-preview-examples =
    npx bontot questionnaire preview questionnaires/kieu-mau.yaml
    npx bontot questionnaire preview bo-cau-hoi.yaml --lang en
cli-questionnaire-export-description = in ra bộ câu hỏi đang áp dụng (bộ có sẵn, hoặc của một đơn vị) dạng YAML để sửa
cli-option-questionnaire-export-unit = bộ câu hỏi mà các chi bộ của đơn vị này dùng (mặc định: bộ có sẵn)
cli-option-questionnaire-export-period = kỳ (tháng) cần xem, với --unit (mặc định: tháng này)
cli-option-questionnaire-out = ghi vào TỆP thay vì in ra màn hình
cli-questionnaire-export-examples =
    npx bontot questionnaire export > bo-cau-hoi.yaml
    npx bontot questionnaire export --unit MK --out bo-cau-hoi-MK.yaml
    npx bontot questionnaire export --unit MK-PL1 --period 2027-01
cli-questionnaire-import-description = áp dụng một tệp bộ câu hỏi cho một đơn vị và mọi đơn vị trực thuộc, từ một kỳ chưa mở
cli-option-questionnaire-unit = đơn vị (mã) nhận bộ câu hỏi, cho chính nó và mọi đơn vị trực thuộc
cli-option-questionnaire-from = kỳ đầu tiên dùng bộ câu hỏi này, một tháng chưa mở, ví dụ 2027-01
cli-questionnaire-import-examples =
    npx bontot questionnaire import bo-cau-hoi.yaml --unit MK --from 2027-01 --dry-run
    npx bontot questionnaire import questionnaires/kieu-mau.yaml --unit MK-THPT --from 2027-01
cli-questionnaire-list-description = bộ câu hỏi mỗi nhánh đơn vị dùng, từ kỳ nào, và các phiên bản đã lưu
cli-questionnaire-list-examples =
    npx bontot questionnaire list
cli-questionnaire-rescore-description = chấm thử: chấm lại một kỳ đã trả lời theo tệp mới, không lưu gì, so điểm cũ và mới từng chi bộ
cli-option-questionnaire-rescore-period = kỳ đã trả lời cần chấm thử, ví dụ 2026-11
cli-option-questionnaire-rescore-unit = chỉ các chi bộ thuộc đơn vị này
cli-questionnaire-rescore-examples =
    npx bontot questionnaire rescore bo-cau-hoi.yaml --period 2026-11
    npx bontot questionnaire rescore questionnaires/kieu-mau.yaml --period 2026-11 --unit MK --format json
cli-questionnaire-unreadable = Không đọc được { $file }: { $reason }
cli-questionnaire-not-text = { $file } không phải tệp văn bản UTF-8 (YAML).
cli-questionnaire-too-large = { $file } quá lớn ({ $size } byte): một bộ câu hỏi chỉ vài chục KB. Có đúng tệp không?
cli-questionnaire-invalid = ❌ { $file }: { $count } lỗi cần sửa:
cli-questionnaire-invalid-file = ❌ Tệp bộ câu hỏi có lỗi, chưa áp dụng gì:
cli-questionnaire-valid = ✅ { $file }: bộ câu hỏi { $name } hợp lệ — { $items } mục, { $questions } câu hỏi, tối đa { $max } điểm (mã nội dung { $hash }).
cli-questionnaire-export-header =
    Bộ câu hỏi { $name } (mã nội dung { $hash }): bộ có sẵn, dùng cho mọi đơn vị chưa được giao bộ riêng.
    Sửa điểm, ngưỡng, câu hỏi ngay trong tệp này; đặt code riêng của đơn vị (ví dụ thang-mk) với version: 1, và tăng version mỗi lần sửa sau; rồi:
      npx bontot questionnaire check TỆP              kiểm tra (mọi lỗi, kèm dòng)
      npx bontot questionnaire preview TỆP            xem bí thư sẽ thấy gì
      npx bontot questionnaire rescore TỆP --period YYYY-MM --unit MÃ    chấm thử tháng trước
      npx bontot questionnaire import TỆP --unit MÃ --from YYYY-MM       áp dụng từ một kỳ chưa mở
    Chữ viết ngay tại chỗ: {"{"} vi: "…", en: "…" {"}"}; tên một dòng của locales/vi.ftl (ví dụ question-q1-held) thì giữ nguyên — dòng # cạnh nó là chữ hiện tại.
cli-questionnaire-export-header-unit =
    Bộ câu hỏi { $name } (mã nội dung { $hash }): các chi bộ của { $unit } ({ $code }) dùng cho kỳ { $period } (được giao từ kỳ { $from }).
    Sửa điểm, ngưỡng, câu hỏi ngay trong tệp này; tăng version mỗi lần sửa; rồi:
      npx bontot questionnaire check TỆP              kiểm tra (mọi lỗi, kèm dòng)
      npx bontot questionnaire preview TỆP            xem bí thư sẽ thấy gì
      npx bontot questionnaire rescore TỆP --period YYYY-MM --unit MÃ    chấm thử tháng trước
      npx bontot questionnaire import TỆP --unit MÃ --from YYYY-MM       áp dụng từ một kỳ chưa mở
    Chữ viết ngay tại chỗ: {"{"} vi: "…", en: "…" {"}"}; tên một dòng của locales/vi.ftl (ví dụ question-q1-held) thì giữ nguyên — dòng # cạnh nó là chữ hiện tại.
cli-questionnaire-import-plan = Từ kỳ { $from }, { $unit } ({ $code }) và các đơn vị trực thuộc sẽ dùng bộ câu hỏi { $name } (mã nội dung { $hash }): { $cells } chi bộ.
cli-questionnaire-import-done = ✅ Đã áp dụng: từ kỳ { $from }, { $unit } ({ $code }) và các đơn vị trực thuộc dùng bộ câu hỏi { $name } (mã nội dung { $hash }): { $cells } chi bộ.
cli-questionnaire-import-version-new = Phiên bản { $name } là phiên bản mới: sẽ được lưu.
cli-questionnaire-import-version-saved = Đã lưu phiên bản mới { $name }.
cli-questionnaire-import-version-stored = Phiên bản { $name } đã có trong cơ sở dữ liệu, đúng nội dung này: dùng lại, không lưu thêm.
cli-questionnaire-import-replaces = Thay cho { $previous }, đã giao cho { $code } từ cùng kỳ { $from }.
cli-questionnaire-import-before = Trước đó các chi bộ này dùng: { $list }.
cli-questionnaire-import-before-item = { $name } ({ $cells } chi bộ)
cli-questionnaire-import-keep-own = { $unit } ({ $code }) đã có bộ câu hỏi riêng gần hơn, giữ nguyên { $name } ({ $cells } chi bộ).
cli-questionnaire-import-dry-run = Chạy thử: chưa ghi gì. Bỏ --dry-run để áp dụng.
cli-questionnaire-import-unchanged = Không có gì thay đổi: từ kỳ { $from }, { $unit } ({ $code }) đã dùng { $name } (mã nội dung { $hash }).
cli-questionnaire-period-begun = Không áp dụng từ kỳ { $period } được: kỳ { $latest } đã mở{ $open ->
        [yes] {" "}(đang mở)
       *[no] {""}
    }, và một kỳ đã mở giữ nguyên bộ câu hỏi của nó. Hãy dùng --from { $next } hoặc muộn hơn.
cli-questionnaire-version-taken = Phiên bản { $name } đã được lưu với nội dung khác (mã nội dung đã lưu { $stored }, của tệp này { $file }). Một phiên bản không bao giờ thay đổi: hãy tăng version trong tệp (hoặc đổi code) rồi kiểm tra lại.
cli-questionnaire-unscored = { $name } không chấm điểm (không có tiêu chí): chỉ bộ câu hỏi hằng tháng của chi bộ mới áp dụng theo nhánh đơn vị được.
cli-questionnaire-list-title = Bộ câu hỏi theo nhánh đơn vị:
cli-questionnaire-list-none = Chưa đơn vị nào được giao bộ câu hỏi riêng.
cli-questionnaire-list-line = { $unit } ({ $code }): { $name } { $begun ->
        [yes] từ kỳ { $from }
       *[no] sẽ dùng từ kỳ { $from }
    } — { $cells } chi bộ
cli-questionnaire-list-default = Mọi chi bộ khác: { $name } (bộ có sẵn, mã nội dung { $hash })
cli-questionnaire-list-versions = Các phiên bản đã lưu:
cli-questionnaire-list-version = { $name } — mã nội dung { $hash }, lưu ngày { $date }
cli-questionnaire-rescore-title = Chấm thử kỳ { $period } theo bộ câu hỏi { $name } — cũ → mới:
cli-questionnaire-rescore-title-unit = Chấm thử kỳ { $period } theo bộ câu hỏi { $name }, các chi bộ của { $unit } ({ $code }) — cũ → mới:
cli-questionnaire-rescore-line = { $code } { $name }: { $old } ({ $oldVersion }) → { $new }
cli-questionnaire-rescore-score = { $score }/{ $max }, { $fourGood ->
        [yes] đạt "4 tốt"
       *[no] chưa đạt "4 tốt"
    }
cli-questionnaire-rescore-not-submitted = chưa gửi ({ $status })
cli-questionnaire-rescore-no-answers = { $code } { $name }: chưa trả lời câu nào ({ $status }), không chấm được
cli-questionnaire-rescore-failed = tiêu chí chưa đạt theo bộ mới: { $criteria }
cli-questionnaire-rescore-missing = thiếu { $count } câu mà câu trả lời cũ không có: { $questions }
cli-questionnaire-rescore-question = câu { $item } «{ $label }»
cli-questionnaire-rescore-summary = Đạt "4 tốt": cũ { $oldFourGood }/{ $submitted } chi bộ đã gửi, mới { $newFourGood }/{ $rescored } chi bộ có câu trả lời. Điểm trung bình: cũ { $oldAverage }, mới { $newAverage }.
cli-questionnaire-rescore-missing-note = Câu thiếu được tính 0 điểm, không đoán.
cli-questionnaire-rescore-nothing-stored = Không lưu gì: đây chỉ là chấm thử.
cli-questionnaire-status-in_progress = đang làm dở
cli-questionnaire-status-submitted = đã gửi
cli-questionnaire-status-not_reported = không báo cáo
cli-questionnaire-status-not_started = chưa bắt đầu
digest-questionnaire = 📋 Bộ câu hỏi: { $list }
digest-questionnaire-cells = { $name } ({ $cells } chi bộ)
cli-questionnaire-rescore-unscored = { $name } không chấm điểm (không có tiêu chí): không có điểm nào để chấm thử.
cli-questionnaire-built-in-code = Mã { $code } là của bộ câu hỏi có sẵn: một bản sửa cần code riêng (ví dụ { $code }-mk, version: 1), để không trùng với phiên bản sau của bộ có sẵn.
## Cây tổ chức bằng bảng tính: units import / export / edit / remove / archive (issue 12, mục 1)

cli-units-import-description = nhập cây tổ chức từ bảng tính (.xlsx hoặc .csv): mặc định chỉ chạy thử và liệt kê thay đổi; --apply để ghi
cli-units-import-file = tệp .xlsx (trang đầu tiên) hoặc .csv với các cột Mã, Tên, Loại, Cấp trên, Số đảng viên (Trạng thái nếu có)
cli-option-units-apply = ghi các thay đổi (tất cả trong một giao dịch; có dòng lỗi thì không ghi gì)
cli-option-units-all = liệt kê mọi thay đổi (mặc định mỗi nhóm tối đa 100 dòng)
cli-units-import-examples =
    npx bontot units import examples/don-vi-muong-khuong.xlsx
    npx bontot units import examples/don-vi-muong-khuong.xlsx --apply
    npx bontot units import don-vi.csv --all
cli-units-export-description = xuất cây tổ chức ra bảng tính cùng dạng với "units import" (sửa trong Excel rồi nhập lại)
cli-option-units-export-unit = chỉ xuất đơn vị này và các đơn vị trực thuộc
cli-option-units-export-format = xlsx (mặc định) hoặc csv
cli-units-export-examples =
    npx bontot units export
    npx bontot units export --unit MK --out don-vi-mk.xlsx
    npx bontot units export --format csv > don-vi.csv
    npx bontot units export --lang en --out units.xlsx
cli-units-code-argument = mã đơn vị
cli-units-edit-description = sửa tên, số đảng viên hoặc cấp trên của một đơn vị
cli-option-units-edit-members = số đảng viên mới (số nguyên từ 1)
cli-option-units-edit-parent = mã đơn vị cấp trên mới
cli-option-units-edit-top = đưa lên cấp cao nhất (không có cấp trên)
cli-units-edit-examples =
    npx bontot units edit MK-PL1 --members 20
    npx bontot units edit MK-PL1 --name "Chi bộ thôn Pha Long Một"
    npx bontot units edit MK-TT --parent MK-THPT
cli-units-edit-parent-or-top = Chỉ dùng một trong hai: --parent MÃ hoặc --top.
cli-units-edit-nothing-given = Cần ít nhất một trong --name, --members, --parent, --top. Ví dụ: npx bontot units edit MK-PL1 --members 20
cli-units-remove-description = xóa một đơn vị nhập nhầm (chỉ khi chưa có cấp dưới, người giữ vai trò, nhóm chat hay lịch sử báo cáo)
cli-units-remove-examples =
    npx bontot units remove MK-XX
cli-units-archive-description = lưu trữ một đơn vị: giữ lịch sử, thôi nhắc việc, bản tin, báo cáo
cli-units-archive-examples =
    npx bontot units archive MK-TT
cli-units-unarchive-description = cho một đơn vị đã lưu trữ hoạt động trở lại
cli-units-unarchive-examples =
    npx bontot units unarchive MK-TT

units-header-code = Mã
units-header-name = Tên đơn vị
units-header-kind = Loại
units-header-parent = Cấp trên
units-header-members = Số đảng viên
units-header-status = Trạng thái
units-kind-province = Tỉnh ủy
units-kind-committee = Đảng ủy (cấp trên cơ sở)
units-kind-grassroots_committee = Đảng bộ cơ sở
units-kind-cell = Chi bộ
units-status-archived = Lưu trữ
units-sheet-name = Đơn vị
units-sheet-guide-name = Hướng dẫn
units-sheet-guide =
    Cây tổ chức cho bot "Chi bộ bốn tốt": mỗi dòng của trang "Đơn vị" là một đơn vị. Sửa trong Excel rồi nhập: npx bontot units import TỆP (chạy thử), thêm --apply để ghi.
    Mã: chữ không dấu, số, "-" hoặc "_", tối đa 32 ký tự. Mã không đổi được; đơn vị có mã đã có thì được sửa, mã mới thì được tạo.
    Tên đơn vị: tên đầy đủ, ví dụ Chi bộ thôn Pha Long 1.
    Loại: Chi bộ (chi bộ cơ sở hoặc chi bộ trực thuộc), Đảng bộ cơ sở, Đảng ủy (cấp trên cơ sở: đảng ủy xã, phường, huyện ủy…), Tỉnh ủy.
    Cấp trên: mã của đơn vị cấp trên (có sẵn hoặc ở một dòng khác của tệp, trên hay dưới đều được); để trống là đơn vị cao nhất. Chi bộ luôn có cấp trên; dưới chi bộ không có đơn vị nào; dưới đảng bộ cơ sở chỉ có chi bộ.
    Số đảng viên: số nguyên từ 1, bắt buộc với chi bộ mới; để trống thì giữ số đã có.
    Trạng thái: để trống là đang hoạt động; "Lưu trữ" là thôi hoạt động (giữ lịch sử, không nhắc việc, không vào bản tin và báo cáo).
    Đơn vị có trong hệ thống mà không có trong tệp thì giữ nguyên. Nhập lại cùng một tệp không thay đổi gì. Các cột khác (STT, Ghi chú…) được bỏ qua.
units-sheet-no-header = { $file }: không thấy dòng tiêu đề. Trong 10 dòng đầu của trang đầu tiên cần một dòng có cột "Mã" (cùng "Tên đơn vị", "Loại"; thêm "Cấp trên", "Số đảng viên", "Trạng thái" nếu cần). Xem mẫu: npx bontot units export
units-sheet-column-twice = { $file }: cột "{ $header }" (dòng { $row }) trùng nghĩa với một cột khác; giữ lại một cột.
units-sheet-missing-columns = { $file }: dòng tiêu đề (dòng { $row }) thiếu cột { $columns }. Cần có các cột "Mã", "Tên đơn vị", "Loại".
units-sheet-extra-fields = { $file }: dòng { $row } có { $fields } ô nhưng tiêu đề chỉ có { $columns } cột — có lẽ một tên chứa dấu phân cách mà không nằm trong ngoặc kép. Lưu lại bằng Excel (CSV UTF-8) hoặc dùng tệp .xlsx.
units-sheet-file-type = Tệp "{ $file }" phải là .xlsx hoặc .csv (tệp .xls cũ: mở bằng Excel, "Lưu thành" .xlsx).
units-sheet-no-file = Không có tệp "{ $file }".
units-sheet-unreadable = Không đọc được "{ $file }": tệp không phải bảng tính .xlsx hoặc đã hỏng. Mở bằng Excel rồi lưu lại thành .xlsx. (Chi tiết: { $reason })
units-sheet-csv-quote = { $file }: dòng { $row } mở ngoặc kép mà không đóng.
units-sheet-ignored = Bỏ qua các cột không dùng: { $columns }.

units-import-progress = Đang ghi
units-import-no-rows = { $file } không có dòng đơn vị nào dưới dòng tiêu đề: không có gì để nhập.
units-import-problems = { $file }: { $count } lỗi ở { $rows } dòng — không ghi gì. Sửa các dòng này rồi nhập lại:
units-import-group-created = Tạo mới ({ $count }):
units-import-group-renamed = Đổi tên ({ $count }):
units-import-group-moved = Đổi cấp trên ({ $count }):
units-import-group-recounted = Sửa số đảng viên ({ $count }):
units-import-group-archived = Lưu trữ ({ $count }):
units-import-group-unarchived = Hoạt động trở lại ({ $count }):
units-import-column-change = Thay đổi
units-import-more = … và { $count } đơn vị nữa (thêm --all để xem hết).
units-import-not-in-file = { $count } đơn vị đã có không nằm trong tệp: giữ nguyên.
units-import-dry-run = Chạy thử { $file }: { $created } tạo mới, { $renamed } đổi tên, { $moved } đổi cấp trên, { $recounted } sửa số đảng viên, { $archived } lưu trữ, { $unarchived } hoạt động lại, { $unchanged } không đổi. Chưa ghi gì; để ghi: thêm --apply.
units-import-applied = Đã nhập { $file }: { $created } tạo mới, { $renamed } đổi tên, { $moved } đổi cấp trên, { $recounted } sửa số đảng viên, { $archived } lưu trữ, { $unarchived } hoạt động lại, { $unchanged } không đổi.
units-import-nothing = { $file } khớp với cây tổ chức hiện có ({ $unchanged } đơn vị): không có gì để ghi.
units-top = (cấp cao nhất)
units-row = Dòng { $row } ({ $code })
units-row-no-code = Dòng { $row }
units-change-name = tên: { $from } → { $to }
units-change-parent = cấp trên: { $from } → { $to }
units-change-members = số đảng viên: { $from } → { $to }
units-change-archived = lưu trữ
units-change-unarchived = hoạt động trở lại

units-problem-code-missing = thiếu mã đơn vị.
units-problem-code-invalid = mã "{ $code }" không hợp lệ: chỉ gồm chữ không dấu, số, "-" hoặc "_", tối đa 32 ký tự.
units-problem-code-ambiguous = mã "{ $code }" khớp hai đơn vị chỉ khác chữ hoa, chữ thường; ghi đúng như trong "npx bontot units".
units-problem-code-duplicate = mã { $code } đã có ở dòng { $other }; mỗi đơn vị một dòng.
units-problem-name-missing = thiếu tên đơn vị.
units-problem-name-too-long = tên dài quá { $max } ký tự.
units-problem-kind-missing = thiếu loại đơn vị: Chi bộ, Đảng bộ cơ sở, Đảng ủy (cấp trên cơ sở) hoặc Tỉnh ủy.
units-problem-kind-unknown = loại "{ $value }" không rõ; dùng: Chi bộ (chi bộ cơ sở, chi bộ trực thuộc), Đảng bộ cơ sở, Đảng ủy (đảng ủy xã/phường, huyện ủy, thành ủy…), Tỉnh ủy — hoặc cell, grassroots_committee, committee, province.
units-problem-kind-changed = { $code } đang là { $stored }, không đổi thành { $given } khi nhập được. Nếu đơn vị đổi loại: lưu trữ đơn vị cũ và tạo đơn vị mới với mã khác.
units-problem-members-invalid = số đảng viên "{ $value }" phải là số nguyên từ 1 đến { $max }.
units-problem-members-missing = chi bộ mới cần số đảng viên.
units-problem-status-unknown = trạng thái "{ $value }" không rõ: để trống (đang hoạt động) hoặc ghi "Lưu trữ".
units-problem-parent-unknown = không có đơn vị cấp trên "{ $parent }", cả trong hệ thống lẫn trong tệp.
units-problem-parent-ambiguous = mã cấp trên "{ $parent }" khớp hai đơn vị chỉ khác chữ hoa, chữ thường; ghi đúng như trong "npx bontot units".
units-problem-parent-self = { $code } không thể là cấp trên của chính nó.
units-problem-parent-cycle = { $parent } nằm dưới { $code }: đặt { $code } dưới { $parent } sẽ tạo thành vòng.
units-problem-parent-archived = cấp trên { $parent } đã lưu trữ: đơn vị đang hoạt động không thể nằm dưới đơn vị đã lưu trữ.
units-problem-archived-with-active-units = còn { $count } đơn vị đang hoạt động trực thuộc { $code }: lưu trữ hoặc chuyển chúng trước (khi nhập tệp: ghi "Lưu trữ" cho cả chúng).
units-problem-needs-parent = chi bộ phải có đơn vị cấp trên.
units-problem-under-cell = { $parent } là chi bộ; dưới chi bộ không có đơn vị nào.
units-problem-province-on-top = tỉnh ủy là đơn vị cao nhất, không có cấp trên.
units-problem-under-grassroots = dưới đảng bộ cơ sở { $parent } chỉ có chi bộ, không có { $kind }.

units-export-written = Đã ghi { $count } đơn vị vào { $file }. Sửa trong Excel rồi nhập lại: npx bontot units import { $file }
units-export-format-mismatch = --format { $format } không khớp với tên tệp { $file }.
units-edit-done = Đã sửa { $code } ({ $name }):
units-edit-unchanged = { $code } ({ $name }) đã đúng như vậy: không có gì thay đổi.
units-edit-refused = Không sửa được { $code } ({ $name }):
units-archived = Đã lưu trữ { $code } ({ $name }): lịch sử được giữ; đơn vị thôi nhận nhắc việc, không vào bản tin, báo cáo. Hoàn lại: npx bontot units unarchive { $code }
units-unarchived = { $code } ({ $name }) hoạt động trở lại.
units-already-archived = { $code } ({ $name }) đã lưu trữ từ trước.
units-already-active = { $code } ({ $name }) đang hoạt động.
units-archive-refused = Không lưu trữ được { $code } ({ $name }):
units-unarchive-refused = Không cho { $code } ({ $name }) hoạt động lại được:
units-removed = Đã xóa { $code } ({ $name }).
units-remove-refused = Không xóa được { $code } ({ $name }) vì đơn vị còn:
units-remove-uses-children = { $count } đơn vị trực thuộc
units-remove-uses-roles = { $count } vai trò (bí thư, phó bí thư, lãnh đạo, quản trị)
units-remove-uses-groups = { $count } nhóm chat đang gắn
units-remove-uses-reports = { $count } báo cáo tháng
units-remove-uses-lateReports = { $count } lần cho phép báo cáo muộn
units-remove-uses-yearEnd = { $count } mục kết quả cuối năm
units-remove-uses-questionnaires = { $count } bộ câu hỏi áp dụng cho đơn vị
units-remove-archive-instead = Đơn vị đã có hoạt động thì lưu trữ thay vì xóa (giữ lịch sử): npx bontot units archive { $code }
units-archived-mark = [lưu trữ]
units-add-refused = Không thêm được { $code }: { $reason }
invite-chat-usage = Cách dùng: /moi <mã đơn vị> [vai trò], ví dụ /moi MK-PL1 hoặc /moi MK-PL1 phó bí thư — tạo mã mời dùng một lần (mặc định cho bí thư; vai trò: bí thư, phó bí thư, lãnh đạo, quản trị), trong phạm vi đơn vị đồng chí quản trị.
invite-chat-unknown-role = Chưa rõ vai trò "{ $word }". Dùng: bí thư, phó bí thư, lãnh đạo, quản trị (có dấu hoặc không dấu).
invite-chat-created =
    ✅ Mã mời { $role } — { $unit } ({ $unitCode }): { $code }
    Dùng một lần, hết hạn { $expires }.
    { $hasLink ->
        [yes] Gửi cho người được mời đường link { $link } — hoặc người đó nhắn cho bot: /start { $code }
       *[no] Người được mời nhắn cho bot: /start { $code }
    }
units-chat-usage = Cách dùng: /donvi <mã đơn vị> <số đảng viên>, ví dụ /donvi MK-PL1 20 — sửa số đảng viên của một đơn vị (quản trị viên, trong phạm vi đơn vị mình quản lý).
units-chat-out-of-scope = { $unit } ({ $code }) nằm ngoài phạm vi quản trị của đồng chí.

## Tự đánh giá năm của đảng bộ cơ sở (issue 11, phần 3): lệnh period open|close với một năm
cli-argument-period-or-year = kỳ báo cáo: một tháng (ví dụ 2026-11), hoặc một năm (ví dụ 2026) — phiếu tự đánh giá năm của các đảng bộ cơ sở
cli-period-open-year-examples =
    npx bontot period open 2026-11
    npx bontot period open 2026      # phiếu tự đánh giá năm của các đảng bộ cơ sở, mở sớm hơn ngày 01/12
cli-period-close-year-examples =
    npx bontot period close 2026-11
    npx bontot period close 2026-11 --yes
    npx bontot period close 2026 --yes   # phiếu tự đánh giá năm, trước hạn gửi
invite-role-needs-answering-unit = Vai trò { $role } chỉ dành cho chi bộ (báo cáo tháng) và đảng bộ cơ sở (phiếu tự đánh giá năm); { $code } là { $kind }.

## Phần còn lại của issue 11: báo cáo muộn lần nữa không rút ngắn hạn đang chạy; tháng bị trả lại chưa gửi lại
late-later-allowed = { $unit } đã được báo cáo muộn tháng { $period } đến hết ngày { $until }, muộn hơn hạn mới (hết ngày { $asked }): giữ nguyên hạn đó, không có gì thay đổi.
annual-detail-returned-not-resent = tính theo lần gửi trước (bị trả lại để sửa, chưa gửi lại): { $months }
