"""The succession of 1 July 2025 as a reader follows it: from the new Tây Ninh to the news of
Long An, which went into it, and back, by clicking, from the disk and over HTTP."""


def test_the_new_tay_ninh_leads_to_long_ans_news_in_one_click(page, site_url):
    page.goto(site_url("dia-phuong/tay-ninh/index.html"))
    notice = page.locator("p.notice")
    assert notice.inner_text().startswith("Thành lập ngày 01/07/2025 từ ")
    history = page.locator("#truoc-long-an")
    assert history.locator("#truoc-long-an-title").inner_text() == "Tỉnh Long An"
    article = history.locator('a[href$="bai-viet/long-an-lan-toa-phong-trao/index.html"]').first
    article.click()
    page.wait_for_load_state()
    assert page.url.endswith("bai-viet/long-an-lan-toa-phong-trao/index.html")
    assert page.locator("h1").inner_text().startswith("Lan tỏa phong trào toàn dân bảo vệ an ninh Tổ quốc")


def test_long_an_says_where_it_went_and_links_there(page, site_url):
    page.goto(site_url("dia-phuong/long-an/index.html"))
    notice = page.locator("p.notice")
    assert notice.inner_text().startswith("Từ ngày 01/07/2025, đơn vị hành chính này đã sáp nhập vào Tỉnh Tây Ninh.")
    notice.get_by_role("link", name="Tỉnh Tây Ninh").click()
    page.wait_for_load_state()
    assert page.url.endswith("dia-phuong/tay-ninh/index.html")
    assert page.locator("h1").inner_text() == "Tỉnh Tây Ninh"
