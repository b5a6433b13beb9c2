"""Names the core keeps in Vietnamese (levels, plan states, tiers, funding sources ...), shown
through Qt translation. Each function builds its table when called, so the language installed
at that moment is the one used; the Vietnamese texts are the core's (a test keeps them equal).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def levels() -> dict[str, str]:
    return {
        "province": QCoreApplication.translate("Labels", "Cấp tỉnh"),
        "district": QCoreApplication.translate("Labels", "Cấp huyện"),
        "commune": QCoreApplication.translate("Labels", "Cấp xã"),
        "village": QCoreApplication.translate("Labels", "Thôn"),
    }


def link_kinds() -> dict[str, str]:
    return {
        "merge": QCoreApplication.translate("Labels", "sáp nhập"),
        "split": QCoreApplication.translate("Labels", "chia tách"),
        "rename": QCoreApplication.translate("Labels", "đổi tên"),
        "transfer": QCoreApplication.translate("Labels", "điều chỉnh"),
    }


def plan_statuses() -> dict[str, str]:
    """`village_plans.STATUS_NAMES`."""
    return {
        "registered": QCoreApplication.translate("Labels", "Đã đăng ký"),
        "drafted": QCoreApplication.translate("Labels", "Đã xây dựng phương án"),
        "approved": QCoreApplication.translate("Labels", "Phương án đã được phê duyệt"),
        "in_progress": QCoreApplication.translate("Labels", "Đang thực hiện"),
        "proposed": QCoreApplication.translate("Labels", "Đã đề nghị công nhận"),
        "recognised": QCoreApplication.translate("Labels", "Đã được công nhận"),
        "not_recognised": QCoreApplication.translate("Labels", "Không được công nhận"),
    }


def short_plan_statuses() -> dict[str, str]:
    """`village_plans.SHORT_STATUS_NAMES`."""
    return {
        "registered": QCoreApplication.translate("Labels", "đăng ký thôn kiểu mẫu"),
        "drafted": QCoreApplication.translate("Labels", "PA dự thảo"),
        "approved": QCoreApplication.translate("Labels", "PA đã duyệt"),
        "in_progress": QCoreApplication.translate("Labels", "đang thực hiện PA"),
        "proposed": QCoreApplication.translate("Labels", "đề nghị công nhận"),
        "recognised": QCoreApplication.translate("Labels", "thôn kiểu mẫu"),
        "not_recognised": QCoreApplication.translate("Labels", "chưa được công nhận"),
    }


def tiers() -> dict[str, str]:
    """`tiers.TIER_NAMES`."""
    return {
        "standard": QCoreApplication.translate("Labels", "đạt chuẩn"),
        "advanced": QCoreApplication.translate("Labels", "nâng cao"),
        "model": QCoreApplication.translate("Labels", "kiểu mẫu"),
    }


def evidence_stages() -> dict[str, str]:
    """`attachments.STAGES`."""
    return {
        "before": QCoreApplication.translate("Labels", "Trước khi làm"),
        "after": QCoreApplication.translate("Labels", "Sau khi làm"),
        "other": QCoreApplication.translate("Labels", "Tài liệu khác"),
    }


def funding_sources() -> dict[str, str]:
    """`funding_report.SHORT_SOURCES`."""
    return {
        "central": QCoreApplication.translate("Labels", "Ngân sách Trung ương"),
        "province": QCoreApplication.translate("Labels", "Ngân sách tỉnh"),
        "district": QCoreApplication.translate("Labels", "Ngân sách huyện"),
        "commune": QCoreApplication.translate("Labels", "Ngân sách xã"),
        "integrated": QCoreApplication.translate("Labels", "Vốn lồng ghép"),
        "enterprise": QCoreApplication.translate("Labels", "Doanh nghiệp, HTX"),
        "community": QCoreApplication.translate("Labels", "Người dân, cộng đồng (tiền mặt)"),
    }


def in_kind() -> dict[str, tuple[str, str]]:
    """`funding.IN_KIND`: (label, unit)."""
    return {
        "land_m2": (QCoreApplication.translate("Labels", "Hiến đất"), "m²"),
        "workdays": (
            QCoreApplication.translate("Labels", "Ngày công lao động"),
            QCoreApplication.translate("Labels", "ngày công"),
        ),
        "walls_m2": (QCoreApplication.translate("Labels", "Phá dỡ tường rào"), "m²"),
    }


def funding_kinds() -> dict[str, str]:
    """`funding.KINDS`."""
    return {
        "investment": QCoreApplication.translate("Labels", "Vốn đầu tư"),
        "recurrent": QCoreApplication.translate("Labels", "Vốn sự nghiệp"),
    }


def tier_label(tier: str | None) -> str:
    """`recognitions.tier_label`: 'NTM nâng cao' and the like; 'Chưa đạt chuẩn' for none."""
    if tier is None:
        return QCoreApplication.translate("Labels", "Chưa đạt chuẩn")
    return QCoreApplication.translate("Labels", "NTM {0}").format(tiers()[tier])


def plan_funding_sources() -> dict[str, str]:
    """`village_plans.FUNDING_SOURCES`."""
    return {
        "state_support": QCoreApplication.translate("Labels", "Ngân sách nhà nước hỗ trợ"),
        "local_budget": QCoreApplication.translate("Labels", "Ngân sách xã, huyện"),
        "enterprise": QCoreApplication.translate("Labels", "Doanh nghiệp, nhà hảo tâm"),
        "residents_cash": QCoreApplication.translate("Labels", "Nhân dân đóng góp (tiền)"),
    }


def plan_in_kind() -> dict[str, str]:
    """`village_plans.IN_KIND`."""
    return {
        "land_m2": QCoreApplication.translate("Labels", "Hiến đất (m²)"),
        "workdays": QCoreApplication.translate("Labels", "Ngày công lao động"),
        "walls_m2": QCoreApplication.translate("Labels", "Tường rào phá dỡ (m²)"),
    }


def no_criterion() -> str:
    """`village_plans.NO_CRITERION`."""
    return QCoreApplication.translate("Labels", "Chưa gắn tiêu chí")


def backup_reasons() -> dict[str, str]:
    """`backups.REASON_LABELS`."""
    return {
        "hang-ngay": QCoreApplication.translate("Labels", "Hằng ngày"),
        "truoc-nhap": QCoreApplication.translate("Labels", "Trước khi nhập dữ liệu"),
        "truoc-nang-cap": QCoreApplication.translate("Labels", "Trước khi nâng cấp"),
        "truoc-khoi-phuc": QCoreApplication.translate("Labels", "Trước khi khôi phục"),
        "thu-cong": QCoreApplication.translate("Labels", "Sao lưu thủ công"),
        "usb": QCoreApplication.translate("Labels", "Sao lưu ra USB"),
    }


def backup_reason(reason: str) -> str:
    """`backups.reason_label`."""
    return backup_reasons().get(reason, reason)


def targets_measures() -> dict[str, tuple[str, str]]:
    """`targets.MEASURE_NAMES` with `targets.MEASURE_UNITS`: (name, unit)."""
    village, commune = (
        QCoreApplication.translate("Labels", "thôn"),
        QCoreApplication.translate("Labels", "xã"),
    )
    return {
        "standard": (QCoreApplication.translate("Labels", "Xã đạt chuẩn NTM"), commune),
        "advanced": (QCoreApplication.translate("Labels", "Xã đạt chuẩn NTM nâng cao"), commune),
        "model": (QCoreApplication.translate("Labels", "Xã đạt chuẩn NTM kiểu mẫu"), commune),
        "ntm_villages": (QCoreApplication.translate("Labels", "Thôn đạt chuẩn NTM"), village),
        "model_villages": (QCoreApplication.translate("Labels", "Thôn NTM kiểu mẫu"), village),
        "avg_criteria": (
            QCoreApplication.translate("Labels", "Bình quân số tiêu chí đạt/xã"),
            QCoreApplication.translate("Labels", "tiêu chí/xã"),
        ),
        "below10": (QCoreApplication.translate("Labels", "Số xã đạt dưới 10 tiêu chí"), commune),
    }


def sync_tables() -> dict[str, str]:
    """What the conflicts view calls each table that travels."""
    return {
        "units": QCoreApplication.translate("Labels", "Đơn vị hành chính"),
        "indicator_values": QCoreApplication.translate("Labels", "Bảng tiêu chí"),
        "criterion_judgments": QCoreApplication.translate("Labels", "Đánh giá cả tiêu chí"),
        "assessment_choices": QCoreApplication.translate("Labels", "Bộ tiêu chí áp dụng"),
        "evidence": QCoreApplication.translate("Labels", "Minh chứng"),
        "recognitions": QCoreApplication.translate("Labels", "Công nhận"),
        "targets": QCoreApplication.translate("Labels", "Chỉ tiêu kế hoạch"),
        "dossier_inputs": QCoreApplication.translate("Labels", "Hồ sơ công nhận"),
        "dossier_comments": QCoreApplication.translate("Labels", "Ý kiến góp ý"),
        "village_plans": QCoreApplication.translate("Labels", "Phương án thôn kiểu mẫu"),
        "village_plan_items": QCoreApplication.translate("Labels", "Hạng mục phương án"),
        "funding_years": QCoreApplication.translate("Labels", "Nguồn vốn"),
        "funding_disbursements": QCoreApplication.translate("Labels", "Giải ngân"),
        "plan_tasks": QCoreApplication.translate("Labels", "Nhiệm vụ"),
        "ocop_products": QCoreApplication.translate("Labels", "Sản phẩm OCOP"),
    }


def sync_fields() -> dict[str, str]:
    """The fields people edit most, as the conflicts view names them; others keep their name."""
    return {
        "name": QCoreApplication.translate("Labels", "Tên"),
        "value": QCoreApplication.translate("Labels", "Giá trị đạt được"),
        "officer_met": QCoreApplication.translate("Labels", "Đánh giá"),
        "note": QCoreApplication.translate("Labels", "Ghi chú"),
        "agency": QCoreApplication.translate("Labels", "Cơ quan phụ trách"),
        "status": QCoreApplication.translate("Labels", "Trạng thái"),
        "percent_done": QCoreApplication.translate("Labels", "% hoàn thành"),
        "work": QCoreApplication.translate("Labels", "Nội dung công việc"),
        "valid_to": QCoreApplication.translate("Labels", "Hiệu lực đến"),
        "removed": QCoreApplication.translate("Labels", "Đã gỡ bỏ"),
        "deleted": QCoreApplication.translate("Labels", "Đã xóa"),
    }
