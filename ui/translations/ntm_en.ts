<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../checklist_model.py" line="39" />
        <source>Tiêu chí / chỉ tiêu</source>
        <translation>Criterion / indicator</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="40" />
        <source>Chỉ tiêu cần đạt</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="41" />
        <source>Giá trị đạt được</source>
        <translation>Value achieved</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="42" />
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="43" />
        <source>Theo quy tắc</source>
        <translation>By rule</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="44" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="45" />
        <source>Phụ trách</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="46" />
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="49" />
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="50" />
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="51" />
        <source>Chưa đánh giá</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="168" />
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="225" />
        <source>chưa có chỉ tiêu</source>
        <translation>no target yet</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="252" />
        <source>
Mức theo ghi nhớ, chưa đối chiếu văn bản: {0}</source>
        <translation>
Target as recalled, not checked against the text: {0}</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="258" />
        <source>Kết quả tính theo chỉ tiêu khác với đánh giá của cán bộ. Kiểm tra lại giá trị hoặc ghi rõ lý do trong cột Ghi chú.</source>
        <translation>The result computed from the target differs from the officer's assessment. Check the value or give the reason in the Note column.</translation>
    </message>
    <message>
        <location filename="../checklist_model.py" line="262" />
        <source>Nhập số kiểu Việt Nam: 16,3 hoặc 1.274.790</source>
        <translation>Enter numbers Vietnamese style: 16,3 or 1.274.790</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../checklist_page.py" line="71" />
        <source>Đạt chuẩn</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="72" />
        <source>Nâng cao</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="73" />
        <source>Kiểu mẫu</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="76" />
        <source>chuẩn nông thôn mới</source>
        <translation>the NTM standard</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="77" />
        <source>nông thôn mới nâng cao</source>
        <translation>advanced NTM</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="78" />
        <source>nông thôn mới kiểu mẫu</source>
        <translation>model NTM</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="91" />
        <source>Lịch sử…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="93" />
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="94" />
        <source>Hoàn tác thay đổi gần nhất (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="97" />
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="99" />
        <source>Hướng tới:</source>
        <translation>Working towards:</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="215" />
        <source>chọn riêng cho năm này</source>
        <translation>chosen for this year</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="217" />
        <source>theo giai đoạn</source>
        <translation>by period</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="222" />
        <source>⚠ Bộ tiêu chí này chưa được đối chiếu với văn bản gốc ({0}): chỉ tiêu và mức cần đạt có thể chưa chính xác. Hãy kiểm tra trước khi dùng để báo cáo.</source>
        <translation>⚠ This criteria set has not been checked against the original text ({0}): indicators and targets may be inaccurate. Check them before reporting.</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="228" />
        <source>Số tiêu chí đạt: {0}/{1}</source>
        <translation>Criteria met: {0}/{1}</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="245" />
        <source>và {0} tiêu chí khác</source>
        <translation>and {0} more criteria</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="246" />
        <source>Còn thiếu để đạt {0}: {1}.</source>
        <translation>Still missing for {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="248" />
        <source>Đã đủ tiêu chí {0}.</source>
        <translation>All criteria met for {0}.</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="252" />
        <source>Bước tiếp theo: {0} ({1}).</source>
        <translation>Next step: {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="257" />
        <source>Bước tiếp theo: {0} (chưa có bộ tiêu chí cho năm {1}).</source>
        <translation>Next step: {0} (no criteria set for {1} yet).</translation>
    </message>
    <message>
        <location filename="../checklist_page.py" line="355" />
        <source>Hãy chọn một chỉ tiêu để xem lịch sử thay đổi.</source>
        <translation>Select an indicator to see its change history.</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <location filename="../dossier_page.py" line="63" />
        <source>Số tờ trình:</source>
        <translation>Submission no.:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="64" />
        <source>Ngày tờ trình:</source>
        <translation>Submission date:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="65" />
        <source>Thẩm quyền ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="66" />
        <source>Chức vụ người ký:</source>
        <translation>Signer's title:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="67" />
        <source>Họ tên người ký:</source>
        <translation>Signer's name:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="68" />
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="69" />
        <source>Kính gửi (mỗi dòng một nơi):</source>
        <translation>To (one recipient per line):</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="70" />
        <source>Nơi nhận (mỗi dòng một nơi):</source>
        <translation>Copies to (one per line):</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="71" />
        <source>Số phiếu phát ra:</source>
        <translation>Forms issued:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="72" />
        <source>Số phiếu thu về:</source>
        <translation>Forms returned:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="73" />
        <source>Số phiếu hài lòng:</source>
        <translation>Forms satisfied:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="74" />
        <source>Ngày họp:</source>
        <translation>Meeting date:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="75" />
        <source>Địa điểm:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="76" />
        <source>Chủ trì:</source>
        <translation>Chaired by:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="77" />
        <source>Thư ký:</source>
        <translation>Secretary:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="78" />
        <source>Số thành viên dự họp:</source>
        <translation>Members present:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="79" />
        <source>Số thành viên nhất trí:</source>
        <translation>Members in favour:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="80" />
        <source>Nợ đọng XDCB (đồng):</source>
        <translation>Outstanding construction debt (VND):</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="119" />
        <source>Không tạo được hồ sơ: {0}</source>
        <translation>Could not build the dossier: {0}</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="157" />
        <source>Hồ sơ đề nghị công nhận</source>
        <translation>Recognition dossier</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="169" />
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="171" />
        <source>Mức:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="178" />
        <source>Tờ trình và người ký</source>
        <translation>Submission and signer</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="179" />
        <source>Lấy ý kiến sự hài lòng</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="180" />
        <source>Họp xét đề nghị công nhận</source>
        <translation>Recognition review meeting</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="181" />
        <source>Nợ đọng xây dựng cơ bản</source>
        <translation>Outstanding construction debt</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="202" />
        <source>Tỷ lệ hài lòng:</source>
        <translation>Satisfaction rate:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="204" />
        <source>Kết quả biểu quyết:</source>
        <translation>Vote result:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="216" />
        <source>Đang tạo bản xem trước…</source>
        <translation>Building the preview…</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="220" />
        <source>In bản "DỰ THẢO"</source>
        <translation>Print as "DRAFT"</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="221" />
        <source>Xuất hồ sơ PDF…</source>
        <translation>Export dossier PDF…</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="229" />
        <source>Điều kiện đề nghị công nhận:</source>
        <translation>Conditions for proposing recognition:</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="251" />
        <source>Ý kiến nhận được khi niêm yết công khai</source>
        <translation>Comments received during public posting</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="255" />
        <source>Nơi góp ý</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="255" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="255" />
        <source>Tiếp thu, giải trình</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="261" />
        <source>Tổ chức, cá nhân góp ý</source>
        <translation>Organisation or person commenting</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="263" />
        <source>Nội dung ý kiến</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="265" />
        <source>Việc tiếp thu, giải trình</source>
        <translation>How it was addressed</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="266" />
        <source>Thêm ý kiến</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="299" />
        <source>Hồ sơ đề nghị công nhận — {0}</source>
        <translation>Recognition dossier — {0}</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="353" />
        <source>Đủ điều kiện đề nghị công nhận.</source>
        <translation>Ready to propose for recognition.</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="355" />
        <source>Chưa đủ điều kiện: chỉ in được bản dự thảo.</source>
        <translation>Not ready yet: only a draft can be printed.</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="398" />
        <source>Xuất hồ sơ PDF</source>
        <translation>Export dossier PDF</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="398" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../dossier_page.py" line="429" />
        <source>Đã ghi {0} ({1} KB).</source>
        <translation>Saved {0} ({1} KB).</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../evidence_panel.py" line="84" />
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="84" />
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="84" />
        <source>Ngày thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="97" />
        <source>Thêm tệp…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="99" />
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="101" />
        <source>Gỡ bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="107" />
        <source>Kéo thả tệp vào đây để đính kèm.</source>
        <translation>Drop files here to attach them.</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="124" />
        <source>Minh chứng của chỉ tiêu {0}</source>
        <translation>Evidence for indicator {0}</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="126" />
        <source>Minh chứng (chọn một chỉ tiêu)</source>
        <translation>Evidence (select an indicator)</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="153" />
        <source>Chọn tệp minh chứng</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="156" />
        <source>Tệp minh chứng (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;Mọi tệp (*)</source>
        <translation>Evidence files (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../evidence_panel.py" line="221" />
        <source>Không có chương trình nào mở được {0}. Tệp đã được chép ra {1}.</source>
        <translation>No program can open {0}. The file was copied to {1}.</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <location filename="../funding_page.py" line="33" />
        <source>Nguồn vốn xây dựng nông thôn mới</source>
        <translation>New Rural Development (NTM) funding</translation>
    </message>
    <message>
        <location filename="../funding_page.py" line="43" />
        <source>Giải ngân đến</source>
        <translation>Disbursed up to</translation>
    </message>
    <message>
        <location filename="../funding_page.py" line="53" />
        <source>triệu đồng</source>
        <translation>million VND</translation>
    </message>
    <message>
        <location filename="../funding_page.py" line="65" />
        <location filename="../funding_page.py" line="68" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../funding_page.py" line="70" />
        <source>Lưu số liệu</source>
        <translation>Save figures</translation>
    </message>
    <message>
        <location filename="../funding_page.py" line="85" />
        <source>chỉ cần khi giải ngân vượt vốn giao</source>
        <translation>needed only when disbursement exceeds the allocation</translation>
    </message>
    <message>
        <location filename="../funding_page.py" line="89" />
        <source>Ghi giải ngân</source>
        <translation>Record disbursement</translation>
    </message>
    <message>
        <location filename="../funding_page.py" line="93" />
        <source>Được giao (triệu đồng)</source>
        <translation>Allocated (million VND)</translation>
    </message>
    <message>
        <location filename="../funding_page.py" line="94" />
        <source>Đã giải ngân (triệu đồng)</source>
        <translation>Disbursed (million VND)</translation>
    </message>
    <message>
        <location filename="../funding_page.py" line="95" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../funding_page.py" line="114" />
        <source>Số liệu của riêng {0} năm {1}</source>
        <translation>Figures of {0} itself, {1}</translation>
    </message>
    <message>
        <location filename="../funding_page.py" line="132" />
        <source>Giải ngân của riêng {0} đến {1}</source>
        <translation>Disbursement of {0} itself up to {1}</translation>
    </message>
    <message>
        <location filename="../funding_page.py" line="157" />
        <source>Đã ghi giải ngân.</source>
        <translation>Disbursement recorded.</translation>
    </message>
    <message>
        <location filename="../funding_page.py" line="168" />
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../history_dialog.py" line="30" />
        <source>Lịch sử thay đổi — chỉ tiêu {0}</source>
        <translation>Change history — indicator {0}</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="33" />
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="34" />
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="35" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="36" />
        <source>Cơ quan phụ trách</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="39" />
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="40" />
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="41" />
        <source>Chưa đánh giá</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="51" />
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="52" />
        <source>Người sửa</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="53" />
        <source>Mục</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="54" />
        <source>Cũ</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="55" />
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="65" />
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="74" />
        <source>(chưa đặt tên)</source>
        <translation>(no name set)</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="84" />
        <source>Chỉ tiêu này chưa có thay đổi nào trong năm {0}.</source>
        <translation>This indicator has no changes in {0}.</translation>
    </message>
    <message>
        <location filename="../history_dialog.py" line="89" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="13" />
        <source>Cấp tỉnh</source>
        <translation>Province level</translation>
    </message>
    <message>
        <location filename="../labels.py" line="14" />
        <source>Cấp huyện</source>
        <translation>District level</translation>
    </message>
    <message>
        <location filename="../labels.py" line="15" />
        <source>Cấp xã</source>
        <translation>Commune level</translation>
    </message>
    <message>
        <location filename="../labels.py" line="16" />
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22" />
        <source>sáp nhập</source>
        <translation>merger</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23" />
        <source>chia tách</source>
        <translation>split</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24" />
        <source>đổi tên</source>
        <translation>renaming</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25" />
        <source>điều chỉnh</source>
        <translation>boundary change</translation>
    </message>
    <message>
        <location filename="../labels.py" line="32" />
        <source>Đã đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../labels.py" line="33" />
        <source>Đã xây dựng phương án</source>
        <translation>Plan drafted</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34" />
        <source>Phương án đã được phê duyệt</source>
        <translation>Plan approved</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35" />
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36" />
        <source>Đã đề nghị công nhận</source>
        <translation>Proposed for recognition</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37" />
        <source>Đã được công nhận</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38" />
        <source>Không được công nhận</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45" />
        <source>đăng ký thôn kiểu mẫu</source>
        <translation>registered as model village</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46" />
        <source>PA dự thảo</source>
        <translation>draft plan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47" />
        <source>PA đã duyệt</source>
        <translation>plan approved</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48" />
        <source>đang thực hiện PA</source>
        <translation>plan in progress</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49" />
        <source>đề nghị công nhận</source>
        <translation>proposed for recognition</translation>
    </message>
    <message>
        <location filename="../labels.py" line="50" />
        <source>thôn kiểu mẫu</source>
        <translation>model village</translation>
    </message>
    <message>
        <location filename="../labels.py" line="51" />
        <source>chưa được công nhận</source>
        <translation>not recognised</translation>
    </message>
    <message>
        <location filename="../labels.py" line="58" />
        <source>đạt chuẩn</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../labels.py" line="59" />
        <source>nâng cao</source>
        <translation>advanced</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60" />
        <source>kiểu mẫu</source>
        <translation>model</translation>
    </message>
    <message>
        <location filename="../labels.py" line="67" />
        <source>Trước khi làm</source>
        <translation>Before the work</translation>
    </message>
    <message>
        <location filename="../labels.py" line="68" />
        <source>Sau khi làm</source>
        <translation>After the work</translation>
    </message>
    <message>
        <location filename="../labels.py" line="69" />
        <source>Tài liệu khác</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location filename="../labels.py" line="76" />
        <source>Ngân sách Trung ương</source>
        <translation>Central budget</translation>
    </message>
    <message>
        <location filename="../labels.py" line="77" />
        <source>Ngân sách tỉnh</source>
        <translation>Provincial budget</translation>
    </message>
    <message>
        <location filename="../labels.py" line="78" />
        <source>Ngân sách huyện</source>
        <translation>District budget</translation>
    </message>
    <message>
        <location filename="../labels.py" line="79" />
        <source>Ngân sách xã</source>
        <translation>Commune budget</translation>
    </message>
    <message>
        <location filename="../labels.py" line="80" />
        <source>Vốn lồng ghép</source>
        <translation>Integrated programmes</translation>
    </message>
    <message>
        <location filename="../labels.py" line="81" />
        <source>Doanh nghiệp, HTX</source>
        <translation>Enterprises, cooperatives</translation>
    </message>
    <message>
        <location filename="../labels.py" line="82" />
        <source>Người dân, cộng đồng (tiền mặt)</source>
        <translation>Residents, community (cash)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="89" />
        <source>Hiến đất</source>
        <translation>Land donated</translation>
    </message>
    <message>
        <location filename="../labels.py" line="91" />
        <location filename="../labels.py" line="127" />
        <source>Ngày công lao động</source>
        <translation>Labour days</translation>
    </message>
    <message>
        <location filename="../labels.py" line="92" />
        <source>ngày công</source>
        <translation>workdays</translation>
    </message>
    <message>
        <location filename="../labels.py" line="94" />
        <source>Phá dỡ tường rào</source>
        <translation>Walls and fences removed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="101" />
        <source>Vốn đầu tư</source>
        <translation>Investment capital</translation>
    </message>
    <message>
        <location filename="../labels.py" line="102" />
        <source>Vốn sự nghiệp</source>
        <translation>Recurrent funds</translation>
    </message>
    <message>
        <location filename="../labels.py" line="109" />
        <source>Chưa đạt chuẩn</source>
        <translation>Not yet NTM</translation>
    </message>
    <message>
        <location filename="../labels.py" line="110" />
        <source>NTM {0}</source>
        <translation>NTM {0}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="116" />
        <source>Ngân sách nhà nước hỗ trợ</source>
        <translation>State budget support</translation>
    </message>
    <message>
        <location filename="../labels.py" line="117" />
        <source>Ngân sách xã, huyện</source>
        <translation>Commune and district budget</translation>
    </message>
    <message>
        <location filename="../labels.py" line="118" />
        <source>Doanh nghiệp, nhà hảo tâm</source>
        <translation>Enterprises, donors</translation>
    </message>
    <message>
        <location filename="../labels.py" line="119" />
        <source>Nhân dân đóng góp (tiền)</source>
        <translation>Residents' contribution (cash)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="126" />
        <source>Hiến đất (m²)</source>
        <translation>Land donated (m²)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="128" />
        <source>Tường rào phá dỡ (m²)</source>
        <translation>Walls removed (m²)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="134" />
        <source>Chưa gắn tiêu chí</source>
        <translation>No criterion linked</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="31" />
        <source>NTM Desktop — Quản lý xây dựng nông thôn mới</source>
        <translation>NTM Desktop — New Rural Development management</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="35" />
        <source>Tìm đơn vị (gõ không dấu cũng được)…</source>
        <translation>Find a unit (accents optional)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="77" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="78" />
        <source>&amp;Thoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="83" />
        <source>&amp;Tìm đơn vị</source>
        <translation>&amp;Find unit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="86" />
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="89" />
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="108" />
        <source>Tìm thấy {0} đơn vị</source>
        <translation>{0} units found</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148" />
        <source>Tệp dữ liệu: {0} · bộ đơn vị {1} · phiên bản {2}</source>
        <translation>Data file: {0} · unit set {1} · version {2}</translation>
    </message>
</context>
<context>
    <name>OcopPage</name>
    <message>
        <location filename="../ocop_page.py" line="13" />
        <source>Sản phẩm OCOP</source>
        <translation>OCOP products</translation>
    </message>
</context>
<context>
    <name>PlanExportBar</name>
    <message>
        <location filename="../plan_export.py" line="48" />
        <source>Không xuất được phương án: {0}</source>
        <translation>Could not export the plan: {0}</translation>
    </message>
    <message>
        <location filename="../plan_export.py" line="64" />
        <source>Xuất phương án PDF…</source>
        <translation>Export plan PDF…</translation>
    </message>
    <message>
        <location filename="../plan_export.py" line="66" />
        <source>Xuất dự toán Excel…</source>
        <translation>Export budget Excel…</translation>
    </message>
    <message>
        <location filename="../plan_export.py" line="94" />
        <source>Xuất phương án PDF</source>
        <translation>Export plan PDF</translation>
    </message>
    <message>
        <location filename="../plan_export.py" line="94" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../plan_export.py" line="96" />
        <source>Xuất dự toán Excel</source>
        <translation>Export budget Excel</translation>
    </message>
    <message>
        <location filename="../plan_export.py" line="96" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../plan_export.py" line="124" />
        <source> — DỰ THẢO (chưa phê duyệt)</source>
        <translation> — DRAFT (not approved)</translation>
    </message>
    <message>
        <location filename="../plan_export.py" line="126" />
        <source>Đã ghi {0} ({1} KB){2}.</source>
        <translation>Saved {0} ({1} KB){2}.</translation>
    </message>
</context>
<context>
    <name>PlanItemEvidence</name>
    <message>
        <location filename="../plan_item_evidence.py" line="52" />
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../plan_item_evidence.py" line="52" />
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../plan_item_evidence.py" line="52" />
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../plan_item_evidence.py" line="52" />
        <source>Ngày thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../plan_item_evidence.py" line="65" />
        <source>Đính kèm tệp…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <location filename="../plan_item_evidence.py" line="67" />
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../plan_item_evidence.py" line="69" />
        <source>Gỡ bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../plan_item_evidence.py" line="83" />
        <source>Minh chứng của hạng mục {0}: {1}</source>
        <translation>Evidence for item {0}: {1}</translation>
    </message>
    <message>
        <location filename="../plan_item_evidence.py" line="85" />
        <source>Minh chứng (chọn một hạng mục trong bảng)</source>
        <translation>Evidence (select an item in the table)</translation>
    </message>
    <message>
        <location filename="../plan_item_evidence.py" line="116" />
        <source>Chọn ảnh, tài liệu của hạng mục</source>
        <translation>Choose photos or documents for the item</translation>
    </message>
    <message>
        <location filename="../plan_item_evidence.py" line="118" />
        <source>Ảnh, tài liệu (*.jpg *.jpeg *.png *.pdf *.doc *.docx);;Mọi tệp (*)</source>
        <translation>Photos, documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../plan_item_evidence.py" line="159" />
        <source>Không có chương trình nào mở được {0}. Tệp đã được chép ra {1}.</source>
        <translation>No program can open {0}. The file was copied to {1}.</translation>
    </message>
</context>
<context>
    <name>PlanItemsModel</name>
    <message>
        <location filename="../village_plan_model.py" line="62" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="63" />
        <source>Nội dung công việc</source>
        <translation>Work item</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="64" />
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="65" />
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="66" />
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="67" />
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="68" />
        <source>Khối lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="69" />
        <source>ĐVT</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="70" />
        <source>% hoàn thành</source>
        <translation>% done</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="71" />
        <source>NSNN hỗ trợ</source>
        <translation>State support</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="72" />
        <source>NS xã, huyện</source>
        <translation>Commune/district budget</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="73" />
        <source>DN, nhà hảo tâm</source>
        <translation>Enterprises, donors</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="74" />
        <source>Nhân dân (tiền)</source>
        <translation>Residents (cash)</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="75" />
        <source>Tổng tiền</source>
        <translation>Total cash</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="76" />
        <source>Hiến đất (m²)</source>
        <translation>Land donated (m²)</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="77" />
        <source>Ngày công</source>
        <translation>Workdays</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="78" />
        <source>Phá dỡ tường (m²)</source>
        <translation>Walls removed (m²)</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="156" />
        <source>Quá hạn: hết hạn {0}, mới đạt {1}%</source>
        <translation>Overdue: due {0}, only {1}% done</translation>
    </message>
    <message>
        <location filename="../village_plan_model.py" line="174" />
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../report_page.py" line="75" />
        <source>Năm </source>
        <translation>Year </translation>
    </message>
    <message>
        <location filename="../report_page.py" line="77" />
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../report_page.py" line="112" />
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../report_page.py" line="141" />
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../report_page.py" line="143" />
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../report_page.py" line="153" />
        <source>Đang ghi tệp Excel…</source>
        <translation>Writing the Excel file…</translation>
    </message>
    <message>
        <location filename="../report_page.py" line="158" />
        <source>Đã ghi {0}</source>
        <translation>Saved {0}</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../report_texts.py" line="14" />
        <source>Theo đơn vị</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="15" />
        <source>Cơ cấu nguồn vốn</source>
        <translation>Funding structure</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="16" />
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="17" />
        <source>Theo loại chủ thể</source>
        <translation>By producer type</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="18" />
        <source>Danh sách sản phẩm</source>
        <translation>Product list</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="19" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="20" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="21" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="22" />
        <source>Ngân sách Trung ương</source>
        <translation>Central budget</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="23" />
        <source>Ngân sách tỉnh</source>
        <translation>Provincial budget</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="24" />
        <source>Ngân sách huyện</source>
        <translation>District budget</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="25" />
        <source>Ngân sách xã</source>
        <translation>Commune budget</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="26" />
        <source>Vốn lồng ghép</source>
        <translation>Integrated programmes</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="27" />
        <source>Doanh nghiệp, HTX</source>
        <translation>Enterprises, cooperatives</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="28" />
        <source>Người dân, cộng đồng (tiền mặt)</source>
        <translation>Residents, community (cash)</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="29" />
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="30" />
        <source>Hiến đất</source>
        <translation>Land donated</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="31" />
        <source>Ngày công</source>
        <translation>Workdays</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="32" />
        <source>Phá dỡ tường rào</source>
        <translation>Walls and fences removed</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="33" />
        <source>Vốn đầu tư: được giao</source>
        <translation>Investment: allocated</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="34" />
        <source>Vốn đầu tư: đã giải ngân</source>
        <translation>Investment: disbursed</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="35" />
        <source>Vốn đầu tư: tỷ lệ</source>
        <translation>Investment: rate</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="36" />
        <source>Vốn sự nghiệp: được giao</source>
        <translation>Recurrent: allocated</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="37" />
        <source>Vốn sự nghiệp: đã giải ngân</source>
        <translation>Recurrent: disbursed</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="38" />
        <source>Vốn sự nghiệp: tỷ lệ</source>
        <translation>Recurrent: rate</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="39" />
        <source>Tổng: được giao</source>
        <translation>Total: allocated</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="40" />
        <source>Tổng: đã giải ngân</source>
        <translation>Total: disbursed</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="41" />
        <source>Tổng: tỷ lệ</source>
        <translation>Total: rate</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="42" />
        <source>Nguồn vốn</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="43" />
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="44" />
        <source>Tỷ lệ</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="45" />
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="46" />
        <source>Cơ quan chủ trì</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="47" />
        <source>Cơ quan phối hợp</source>
        <translation>Cooperating agencies</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="48" />
        <source>Như kế hoạch ghi</source>
        <translation>As in the plan</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="49" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="50" />
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="51" />
        <source>Số ngày quá hạn</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="52" />
        <source>Báo cáo hoàn thành</source>
        <translation>Completion report</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="53" />
        <source>3 sao</source>
        <translation>3 stars</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="54" />
        <source>4 sao</source>
        <translation>4 stars</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="55" />
        <source>5 sao</source>
        <translation>5 stars</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="56" />
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="57" />
        <source>Loại chủ thể</source>
        <translation>Producer type</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="58" />
        <source>Số chủ thể</source>
        <translation>Producers</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="59" />
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="60" />
        <source>Chủ thể</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="61" />
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="62" />
        <source>Hạng sao</source>
        <translation>Stars</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="63" />
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="64" />
        <source>triệu đồng</source>
        <translation>million VND</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="65" />
        <source>ngày công</source>
        <translation>workdays</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="66" />
        <source>sản phẩm</source>
        <translation>products</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="67" />
        <source>chủ thể</source>
        <translation>producers</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="68" />
        <source>Nguồn vốn huy động</source>
        <translation>Funds mobilised</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="69" />
        <source>Đóng góp của người dân (ngoài tiền mặt)</source>
        <translation>Residents' contributions (non-cash)</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="70" />
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="71" />
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="72" />
        <source>Số sản phẩm theo hạng sao</source>
        <translation>Products by star rating</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="73" />
        <source>Ngân sách địa phương (tỉnh, huyện, xã)</source>
        <translation>Local budget (province, district, commune)</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="74" />
        <source>Vốn lồng ghép từ các Chương trình, dự án khác</source>
        <translation>Funds integrated from other programmes and projects</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="75" />
        <source>Người dân và cộng đồng</source>
        <translation>Residents and community</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="76" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="77" />
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="78" />
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="79" />
        <source>Hủy bỏ</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="80" />
        <source>Hợp tác xã</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="81" />
        <source>Doanh nghiệp</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="82" />
        <source>Hộ gia đình</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="83" />
        <source>Cấp tỉnh</source>
        <translation>Province level</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="84" />
        <source>Cấp huyện</source>
        <translation>District level</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="85" />
        <source>Cấp xã</source>
        <translation>Commune level</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="96" />
        <source>Giải ngân đến {0}</source>
        <translation>Disbursed up to {0}</translation>
    </message>
    <message>
        <location filename="../report_texts.py" line="100" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../tasks_page.py" line="20" />
        <source>Nhiệm vụ của kế hoạch</source>
        <translation>Plan tasks</translation>
    </message>
    <message>
        <location filename="../tasks_page.py" line="33" />
        <source>Chỉ nhiệm vụ quá hạn, sắp đến hạn</source>
        <translation>Only overdue and nearly due tasks</translation>
    </message>
    <message>
        <location filename="../tasks_page.py" line="37" />
        <source>&lt;span style='background:#f6c9cc'&gt;&amp;nbsp;Quá hạn&amp;nbsp;&lt;/span&gt; &lt;span style='background:#fde9b0'&gt;&amp;nbsp;Sắp đến hạn ({0} ngày)&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style='background:#f6c9cc'&gt;&amp;nbsp;Overdue&amp;nbsp;&lt;/span&gt; &lt;span style='background:#fde9b0'&gt;&amp;nbsp;Due soon ({0} days)&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../tasks_page.py" line="41" />
        <source>Xét tại ngày</source>
        <translation>As of</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../unit_page.py" line="49" />
        <source>Chọn một đơn vị ở cây bên trái</source>
        <translation>Select a unit in the tree on the left</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="72" />
        <source>Bảng tiêu chí</source>
        <translation>Criteria checklist</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="73" />
        <source>Phương án thôn kiểu mẫu</source>
        <translation>Model-village plan</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="76" />
        <source>Hồ sơ công nhận</source>
        <translation>Recognition dossier</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="80" />
        <source>Nguồn vốn</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="81" />
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="82" />
        <source>OCOP</source>
        <translation>OCOP</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="102" />
        <source>Mã {0}</source>
        <translation>Code {0}</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="103" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="108" />
        <source>hiệu lực {0}</source>
        <translation>valid {0}</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="112" />
        <source>hình thành từ {0} ({1}, {2})</source>
        <translation>formed from {0} ({1}, {2})</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="151" />
        <source>&lt;a href="tasks"&gt;{0} nhiệm vụ quá hạn, {1} nhiệm vụ sắp đến hạn&lt;/a&gt; (tính đến {2})</source>
        <translation>&lt;a href="tasks"&gt;{0} tasks overdue, {1} tasks due soon&lt;/a&gt; (as of {2})</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="163" />
        <source>Thôn NTM kiểu mẫu năm {0}: chưa có thôn nào đăng ký.</source>
        <translation>NTM model villages {0}: no village registered yet.</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="167" />
        <source>{0}: {1} · {2}/{3} hạng mục hoàn thành · tiến độ {4}%</source>
        <translation>{0}: {1} · {2}/{3} items done · progress {4}%</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="177" />
        <source>&lt;b&gt;Thôn NTM kiểu mẫu năm {0}&lt;/b&gt; ({1} thôn đăng ký):&lt;br&gt;</source>
        <translation>&lt;b&gt;NTM model villages {0}&lt;/b&gt; ({1} villages registered):&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="211" />
        <source>trước đây</source>
        <translation>earlier</translation>
    </message>
    <message>
        <location filename="../unit_page.py" line="213" />
        <source>nay</source>
        <translation>present</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../unit_tree_model.py" line="160" />
        <source>Mã: {0} · {1}</source>
        <translation>Code: {0} · {1}</translation>
    </message>
    <message>
        <location filename="../unit_tree_model.py" line="163" />
        <source>Hiệu lực đến {0}</source>
        <translation>Valid until {0}</translation>
    </message>
    <message>
        <location filename="../unit_tree_model.py" line="168" />
        <source>Phương án thôn kiểu mẫu: {0}</source>
        <translation>Model-village plan: {0}</translation>
    </message>
    <message>
        <location filename="../unit_tree_model.py" line="198" />
        <source>Đơn vị hành chính</source>
        <translation>Administrative unit</translation>
    </message>
</context>
<context>
    <name>VillageMenu</name>
    <message>
        <location filename="../village_menu.py" line="27" />
        <source>Thêm thôn…</source>
        <translation>Add village…</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="29" />
        <source>Đổi tên thôn…</source>
        <translation>Rename village…</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="30" />
        <source>Ngừng hiệu lực thôn…</source>
        <translation>Retire village…</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="48" />
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="49" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="53" />
        <source>Thêm thôn</source>
        <translation>Add village</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="53" />
        <source>Tên thôn mới:</source>
        <translation>New village name:</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="59" />
        <source>Đổi tên thôn</source>
        <translation>Rename village</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="59" />
        <source>Tên mới:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="65" />
        <source>Ngừng hiệu lực thôn</source>
        <translation>Retire village</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="66" />
        <source>Thôn hết hiệu lực từ ngày (ngày/tháng/năm). Dữ liệu cũ vẫn được giữ:</source>
        <translation>The village ends on (day/month/year). Its data is kept:</translation>
    </message>
    <message>
        <location filename="../village_menu.py" line="97" />
        <source>Ngày '{0}' không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2026.</source>
        <translation>The date '{0}' is not valid: enter it as day/month/year, e.g. 05/01/2026.</translation>
    </message>
</context>
<context>
    <name>VillagePlanPage</name>
    <message>
        <location filename="../village_plan_page.py" line="49" />
        <source>Chọn một thôn để xem phương án thôn NTM kiểu mẫu</source>
        <translation>Select a village to see its NTM model-village plan</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="55" />
        <source>Năm </source>
        <translation>Year </translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="60" />
        <source>Đăng ký thôn NTM kiểu mẫu</source>
        <translation>Register as NTM model village</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="63" />
        <source>Số quyết định, ví dụ 12/QĐ-UBND</source>
        <translation>Decision number, e.g. 12/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="99" />
        <source>Công việc mới, ví dụ: Đường hoa, cây xanh 800 m</source>
        <translation>New work item, e.g. flower and tree-lined road 800 m</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="101" />
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="104" />
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="107" />
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="107" />
        <source>Đến</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="110" />
        <source>Thêm hạng mục</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="112" />
        <source>Xóa hạng mục đã chọn</source>
        <translation>Delete selected item</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="122" />
        <source>Quyết định:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="124" />
        <source>ngày</source>
        <translation>dated</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="167" />
        <source> · phương án thôn NTM kiểu mẫu</source>
        <translation> · NTM model-village plan</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="193" />
        <source>Thôn chưa đăng ký thôn NTM kiểu mẫu năm {0}.</source>
        <translation>The village has not registered as an NTM model village for {0}.</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="194" />
        <source>Trạng thái: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="196" />
        <source> · phê duyệt theo QĐ {0} ngày {1}</source>
        <translation> · approved by decision {0} of {1}</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="200" />
        <source> · công nhận theo QĐ {0} ngày {1}</source>
        <translation> · recognised by decision {0} of {1}</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="214" />
        <source>→ {0}</source>
        <translation>→ {0}</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="237" />
        <source>Tự đánh giá: {0}</source>
        <translation>Self-review: {0}</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="241" />
        <source>Tự đánh giá: thôn đạt cả {0} tiêu chí thôn kiểu mẫu.</source>
        <translation>Self-review: the village meets all {0} model-village criteria.</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="247" />
        <source>Tự đánh giá: đạt {0}/{1} tiêu chí; phương án cần khắc phục:</source>
        <translation>Self-review: {0}/{1} criteria met; the plan must address:</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="260" />
        <source>đạt</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="261" />
        <source>chưa đạt</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="262" />
        <source>chưa đánh giá</source>
        <translation>not yet assessed</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="264" />
        <source>Tiêu chí {0} {1}</source>
        <translation>Criterion {0} {1}</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="266" />
        <source>{0} — chưa có hạng mục nào</source>
        <translation>{0} — no item yet</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="267" />
        <source>{0} — {1} hạng mục: {2}</source>
        <translation>{0} — {1} item(s): {2}</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="280" />
        <source>Tiến độ chung: &lt;b&gt;{0}%&lt;/b&gt; (trung bình các hạng mục; {1}/{2} hạng mục hoàn thành) · &lt;span style='color:#b3261e'&gt;{3} hạng mục quá hạn&lt;/span&gt; tại ngày {4}</source>
        <translation>Overall progress: &lt;b&gt;{0}%&lt;/b&gt; (average of items; {1}/{2} items done) · &lt;span style='color:#b3261e'&gt;{3} items overdue&lt;/span&gt; as of {4}</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="289" />
        <source>Tổng kinh phí: &lt;b&gt;{0} đồng&lt;/b&gt; — </source>
        <translation>Total budget: &lt;b&gt;{0} VND&lt;/b&gt; — </translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="294" />
        <source>Đóng góp hiện vật: </source>
        <translation>In-kind contributions: </translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="299" />
        <source>Theo tiêu chí: </source>
        <translation>By criterion: </translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="302" />
        <source>TC {0}</source>
        <translation>Crit. {0}</translation>
    </message>
    <message>
        <location filename="../village_plan_page.py" line="379" />
        <source>Hãy chọn hạng mục cần xóa trong bảng.</source>
        <translation>Select the item to delete in the table.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="65" />
        <source>Không mở được tệp dữ liệu</source>
        <translation>Could not open the data file</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../messages.py" line="18" />
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
</TS>