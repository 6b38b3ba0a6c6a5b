/// The files of a new bulletin (`bantin new site`): settings, a starter schema, one article
/// with a fact block and a README for the writers, in Vietnamese. The places come from the
/// built-in national gazetteer, so there is no localities file until a thôn needs one.
///
/// A build of these files succeeds at once; the writers extend them from there.
public enum StarterSite {
    /// Path in the site → contents.
    public static let files: [String: String] = [
        "site.yaml": site,
        "content/schema.yaml": schema,
        "content/articles/2023/lam-ha-tong-ket-10-nam.md": article,
        "README.md": readme,
    ]

    static let site = #"""
title: Bản tin Phong trào Toàn dân bảo vệ an ninh Tổ quốc
description: Tin tức và số liệu của phong trào Toàn dân bảo vệ an ninh Tổ quốc.
language: vi
theme: default
per_page: 20

"""#

    static let schema = #"""
# Các chỉ tiêu mà bảng số liệu (```facts) được dùng; xem docs/content-format.md của Bantin.
#
# kind: count   - số nguyên >= 0
#       ratio   - số nguyên kèm `of` (tổng số), value <= of
#       amount  - số >= 0 theo `unit`, có thể kèm scale (million: triệu, billion: tỷ)
#       percent - từ 0 đến 100
# `parts` liệt kê các thành phần của một số liệu, với nhãn của chúng.
# Thêm chỉ tiêu mới theo cùng mẫu; `bantin schema` và `bantin cms` đọc tệp này.

metrics:
  propaganda_sessions:
    label: Buổi tuyên truyền
    unit: buổi
    kind: count
    group: Tuyên truyền
    description: Buổi tuyên truyền pháp luật, vận động quần chúng tham gia phong trào
  propaganda_attendees:
    label: Lượt người dự tuyên truyền
    unit: lượt người
    kind: count
    group: Tuyên truyền
    description: Lượt người tham dự các buổi tuyên truyền, vận động
  valuable_tips:
    label: Tin có giá trị
    unit: tin
    kind: count
    group: Tin báo và tội phạm
    description: Tin, nguồn tin có giá trị do quần chúng Nhân dân cung cấp
  cases_solved:
    label: Vụ phạm tội được làm rõ
    unit: vụ
    kind: ratio
    group: Tin báo và tội phạm
    description: Vụ phạm tội về trật tự xã hội được điều tra làm rõ trên tổng số vụ xảy ra
  security_models:
    label: Mô hình, điển hình tiên tiến
    unit: mô hình
    kind: count
    group: Mô hình và lực lượng
    description: Mô hình, điển hình tiên tiến trong phong trào toàn dân bảo vệ an ninh Tổ quốc được duy trì, nhân rộng
  security_cameras:
    label: Mắt camera an ninh
    unit: mắt camera
    kind: count
    group: Mô hình và lực lượng
    description: Mô hình Camera an ninh
  safe_communes:
    label: Xã đạt tiêu chuẩn “An toàn về an ninh trật tự”
    unit: xã
    kind: ratio
    group: An toàn về an ninh trật tự
  festival_sites:
    label: Điểm tổ chức Ngày hội toàn dân bảo vệ ANTQ
    unit: điểm
    kind: count
    group: Ngày hội và an sinh
    parts: {provincial: Cấp tỉnh, district: Cấp huyện, commune: Cấp xã}
  gifts:
    label: Phần quà trao tặng
    unit: phần quà
    kind: count
    group: Ngày hội và an sinh
  gift_value:
    label: Giá trị quà tặng
    unit: đồng
    kind: amount
    group: Ngày hội và an sinh

"""#

    static let article = #"""
---
title: "Lâm Hà: Tổng kết 10 năm thực hiện Chương trình phối hợp"
date: 2023-05-26T16:29:00+07:00
locality: lam-dong/lam-ha
author: Nguyệt Thu
source: Báo Lâm Đồng
period: 2014-2023
tags: [tổng kết, tuyên truyền]
---

Ngày 26/5, Công an huyện và Ủy ban MTTQ Việt Nam huyện Lâm Hà phối hợp tổ chức hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp về đẩy mạnh Phong trào Toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới.

Qua 10 năm, các lực lượng đã tổ chức được 6.003 buổi tuyên truyền có 367.486 lượt người tham dự; quần chúng Nhân dân cung cấp trên 2.000 tin có giá trị.

```facts
values:
  propaganda_sessions: "6.003"
  propaganda_attendees: "367.486"
  valuable_tips: {value: 2000, approx: over}
```

"""#

    static let readme = #"""
# Bản tin: hướng dẫn cho người viết

Thư mục này là một bản tin hoàn chỉnh. Máy tính đã cài Bantin thì:

```sh
bantin build          # kiểm tra toàn bộ và tạo trang web trong thư mục public/
bantin serve          # xem thử trong khi viết, tại http://127.0.0.1:1313/
bantin check          # chỉ kiểm tra, không ghi gì
```

## Viết một bài mới

```sh
bantin new article --title "Tiêu đề bài viết" --locality lam-dong/lam-ha --tags "tuyên truyền,tổng kết"
```

Lệnh tạo tệp `content/articles/<năm>/<tên-bài>.md` và in đường dẫn của nó. Mở tệp,
viết bài thay cho đoạn mẫu, rồi xoá dòng `draft: true` khi bài đã sẵn sàng đăng.

## Số liệu

Mỗi số liệu trong bài (6.003 buổi, 367.486 lượt người, 1.010/1.173 vụ) được ghi thêm
một lần nữa trong một *bảng số liệu* ngay sau đoạn văn, để Bantin kiểm tra và vẽ biểu đồ:

````markdown
Đã tổ chức được 6.003 buổi tuyên truyền có 367.486 lượt người tham dự.

```facts
values:
  propaganda_sessions: "6.003"
  propaganda_attendees: "367.486"
```
````

- Số viết như trong bài thì đặt trong dấu nháy: `"6.003"`, `"86,1"`.
- *trên*, *hơn* → `{value: 2000, approx: over}`; *gần*, *khoảng* → `approx: about`.
- 1.010/1.173 vụ (86,1%) → `{value: 1010, of: 1173, percent: 86.1}`.
- 74,2 tỷ đồng → `{value: "74,2", scale: billion}`.

`bantin facts suggest content/articles/2023/ten-bai.md` đọc bài và đề xuất bảng số liệu
để dán vào. Các chỉ tiêu được phép dùng nằm trong `content/schema.yaml`.

Địa bàn là mọi tỉnh, huyện, xã của cả nước, đã có sẵn trong Bantin, viết theo đường dẫn
của đơn vị vào ngày của bài: trước 01/07/2025 là `lam-dong/lam-ha/dinh-van` (tỉnh,
huyện, xã), từ 01/07/2025 là `lam-dong/dinh-van-lam-ha` (tỉnh, xã). Thôn, tổ dân phố,
khu phố thì thêm vào `content/localities.yaml` dưới xã của mình (xem
`docs/content-format.md` của Bantin).

## Khi Bantin báo lỗi

Mỗi lỗi ghi rõ tệp, dòng, cột và cách sửa. Khi có lỗi, trang web cũ trong `public/`
được giữ nguyên. Cảnh báo (`warning`) không chặn việc đăng, nhưng nên đọc: ví dụ số
trong bảng số liệu khác với số trong bài.

"""#
}
