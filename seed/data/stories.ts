import type { StoryCategory } from '@/content/vocabulary'

import type { SpecialtySlug } from './specialties'

/**
 * Brand stories. People, patients and hospitals are fictional (hospitals are the seeded ones,
 * by slug); medical facts are general and real. Patient stories record the consent the
 * collection requires.
 */
export interface StorySeed {
  slug: string
  category: StoryCategory
  publishedAt: string
  author: { name: string; role: { en: string; ja: string } }
  /** Patient stories only: the day the patient's written consent was recorded. */
  consentRecordedOn?: string
  hospitals: string[]
  specialties: SpecialtySlug[]
  /** What the illustration shows, for its alt text. */
  imageAlt: { en: string; ja: string }
  en: { title: string; summary: string; body: string[] }
  ja: { title: string; summary: string; body: string[] }
}

export const stories: StorySeed[] = [
  {
    slug: 'inside-a-japanese-ningen-dock',
    category: 'excellence',
    publishedAt: '2026-01-15T09:00:00.000Z',
    author: { name: 'Haruka Nishimura', role: { en: 'Health writer', ja: 'ヘルスライター' } },
    hospitals: ['narita-gateway-health-screening-centre', 'nara-yamato-health-check-centre'],
    specialties: ['health-screening', 'gastroenterology'],
    imageAlt: { en: 'Illustration: a clipboard and a heart line on a soft blue background', ja: 'イラスト：水色の背景にクリップボードと心拍の線' },
    en: {
      title: 'Inside a Japanese ningen dock: a full health check in one day',
      summary: 'Why a Japanese comprehensive health check covers so much in a single morning, and how to prepare for one as a visitor.',
      body: [
        'A ningen dock – literally a “human dry dock” – is Japan’s name for a comprehensive health check. Companies and local governments have encouraged them for decades, and Japanese screening centres have become very good at moving a person through blood tests, imaging and consultations in a few hours.',
        'A typical course combines blood and urine tests, an abdominal ultrasound, a chest X-ray, an eye examination, an electrocardiogram and an upper gastrointestinal endoscopy or barium study. Optional additions include a CT scan of the lungs, a brain MRI, a mammogram or tumour markers.',
        'For international visitors the main preparation is simple: fast from the evening before, bring any previous results and a list of medicines, and ask the centre in advance whether an interpreter will be with you. Most centres send a written report, and several can prepare it in English or Chinese.',
        'A health check is not a diagnosis. When something needs a closer look, the centre refers you to a specialist – ideally one who can also see you again while you are still in Japan.',
      ],
    },
    ja: {
      title: '人間ドックの一日：日本の総合健診の内側',
      summary: '日本の人間ドックはなぜ半日でこれほど多くの検査ができるのか。海外から受診する方のための準備も紹介します。',
      body: [
        '人間ドックは、日本独自の総合健康診断です。企業や自治体が長年にわたり受診を後押ししてきたことから、日本の健診施設は血液検査、画像検査、診察を数時間で効率よく進めるノウハウを磨いてきました。',
        '標準的なコースには、血液・尿検査、腹部超音波、胸部X線、眼科検査、心電図、胃カメラ（上部消化管内視鏡）またはバリウム検査が含まれます。オプションとして、肺のCT、脳のMRI、マンモグラフィ、腫瘍マーカーなどを追加できます。',
        '海外から受診する方の準備はシンプルです。前日の夜から絶食し、過去の検査結果と服用中の薬のリストを持参し、通訳の同行について事前に施設へ確認しましょう。多くの施設が書面で結果を送付し、英語や中国語で報告書を作成できる施設もあります。',
        '健診は診断ではありません。精密検査が必要な場合は専門医を紹介されます。日本に滞在している間に再診できる医療機関だと安心です。',
      ],
    },
  },
  {
    slug: 'universal-health-coverage-since-1961',
    category: 'excellence',
    publishedAt: '2026-02-03T09:00:00.000Z',
    author: { name: 'Kenji Morimoto', role: { en: 'Policy editor', ja: '政策担当編集者' } },
    hospitals: [],
    specialties: [],
    imageAlt: { en: 'Illustration: a circle of linked hands around a small house', ja: 'イラスト：小さな家を囲む、つながった手の輪' },
    en: {
      title: 'Universal health coverage since 1961: what Japan learned',
      summary: 'Japan has covered everyone since 1961. What made it work, what still challenges it, and what partner countries ask about most.',
      body: [
        'In 1961 Japan completed universal health insurance: every resident belongs to an employment-based or a community-based scheme. Patients choose their own clinic or hospital, and a single national fee schedule sets the price of almost every test, medicine and procedure.',
        'The fee schedule is the quiet engine of the system. It is revised every two years, which lets the government steer spending – raising fees for home care or paediatric services, lowering them where technology has become cheaper.',
        'Out-of-pocket costs are capped. Patients usually pay 30 percent, less for children and older people, and a monthly ceiling linked to income protects households from catastrophic spending – the financial protection that SDG indicator 3.8.2 measures.',
        'The challenges are real: an ageing population, doctors concentrated in cities and long hospital stays. Partner ministries often ask less about the design on paper than about how Japan built it step by step, and how it keeps the fee schedule negotiated and trusted.',
      ],
    },
    ja: {
      title: '1961年からの国民皆保険：日本が学んだこと',
      summary: '日本は1961年に国民皆保険を実現しました。成功の要因、今も続く課題、そしてパートナー国が最も知りたいことをまとめます。',
      body: [
        '日本は1961年に国民皆保険を達成しました。すべての住民が被用者保険か地域保険のいずれかに加入し、患者は診療所や病院を自由に選べます。ほぼすべての検査・薬・処置の価格は、全国一律の診療報酬で決まります。',
        '診療報酬は制度を支える静かなエンジンです。2年ごとに改定され、在宅医療や小児医療の報酬を引き上げたり、技術の進歩で安くなった分野を引き下げたりと、政府が医療費の配分を調整できます。',
        '自己負担には上限があります。通常は3割、子どもや高齢者はそれより低く、所得に応じた月ごとの上限（高額療養費制度）が家計を破局的な支出から守ります。SDG指標3.8.2が測る「経済的保護」にあたる仕組みです。',
        '高齢化、都市部への医師の集中、長い入院期間など課題もあります。パートナー国の保健省がよく尋ねるのは、制度の設計図そのものより、日本がそれを段階的にどう築き、診療報酬への信頼をどう保ってきたかという点です。',
      ],
    },
  },
  {
    slug: 'sakura-harbor-international-office',
    category: 'hospital-spotlight',
    publishedAt: '2026-02-20T09:00:00.000Z',
    author: { name: 'Mei Kobayashi', role: { en: 'Staff writer', ja: '編集部' } },
    hospitals: ['sakura-harbor-international-hospital'],
    specialties: ['cardiology', 'oncology'],
    imageAlt: { en: 'Illustration: a hospital building by the sea with a ferry in the bay', ja: 'イラスト：海辺の病院と湾を行くフェリー' },
    en: {
      title: 'A day with the international office at Sakura Harbor',
      summary: 'Six languages, one team: how a Tokyo Bay hospital prepares for patients before they land.',
      body: [
        'At eight in the morning the international office at Sakura Harbor International Hospital is already on the phone to Hanoi, answering a family’s questions about a cardiac catheterisation planned for next week.',
        'The team of coordinators and medical interpreters speaks six languages. Before a patient travels, they translate the referral letter, check the imaging the home hospital sent, and agree an estimate in yen that the patient can compare with other offers.',
        'On the day of arrival someone meets the patient at Haneda, and the interpreter stays through every consultation. Halal and vegetarian meals, a prayer room and a quiet family lounge are part of the routine rather than special requests.',
        '“Our job is to make the medicine the same as for any patient in Japan,” says the office manager. “Everything around it – language, money, the visa letter – is what we take off their shoulders.”',
      ],
    },
    ja: {
      title: 'さくらハーバー国際病院 国際診療部の一日',
      summary: '6つの言語、ひとつのチーム。東京湾岸の病院が、患者さんの来日前から準備していることとは。',
      body: [
        '朝8時、さくらハーバー国際病院の国際診療部では、翌週に心臓カテーテル検査を控えたハノイの家族からの質問に、すでに電話で答えています。',
        'コーディネーターと医療通訳者のチームは6言語に対応します。来日前に紹介状を翻訳し、現地の病院から届いた画像を確認し、患者さんがほかの見積もりと比較できるよう円建ての概算費用を提示します。',
        '到着日には羽田空港まで出迎え、すべての診察に通訳が同席します。ハラールやベジタリアンの食事、礼拝室、家族用の静かなラウンジは、特別な要望ではなく日常の対応の一部です。',
        '「医療そのものは、日本のどの患者さんとも同じにすること。言葉やお金、ビザの書類など、その周りのことを私たちが引き受けるのです」と、国際診療部のマネージャーは話します。',
      ],
    },
  },
  {
    slug: 'kobe-proton-therapy-for-children',
    category: 'hospital-spotlight',
    publishedAt: '2026-03-09T09:00:00.000Z',
    author: { name: 'Takumi Aoyama', role: { en: 'Science writer', ja: 'サイエンスライター' } },
    hospitals: ['kobe-port-island-proton-centre'],
    specialties: ['proton-therapy', 'paediatrics'],
    imageAlt: { en: 'Illustration: a paper crane beside a round treatment machine', ja: 'イラスト：円形の治療装置のそばに折り鶴' },
    en: {
      title: 'Proton therapy for children at Kobe Port Island',
      summary: 'Why proton beams matter most for young patients, and how a Kobe centre makes six weeks of daily treatment bearable for families.',
      body: [
        'Radiation can cure many childhood cancers, but a growing body also feels its side effects for life. Protons deposit most of their energy at a chosen depth and stop there, sparing more of the healthy tissue behind a tumour.',
        'Kobe Port Island Proton Centre treats children from Japan and abroad. A course usually means a short session every weekday for four to six weeks, sometimes under light anaesthesia for the youngest.',
        'The centre works with a nearby family house so parents can stay together with siblings, and play specialists prepare children with toys and picture books that show the treatment room.',
        'Whether protons are the right choice depends on the tumour and its location. The centre asks for imaging and pathology in advance, and its tumour board answers before a family decides to travel.',
      ],
    },
    ja: {
      title: '神戸ポートアイランドの小児陽子線治療',
      summary: '陽子線が子どもの患者さんにとって特に重要な理由と、6週間の毎日の治療を家族が乗り切るための神戸のセンターの工夫。',
      body: [
        '放射線治療は多くの小児がんを治すことができますが、成長期の体には生涯にわたる副作用が残ることがあります。陽子線は設定した深さでエネルギーの大半を放出して止まるため、腫瘍の奥にある正常組織をより多く守れます。',
        '神戸ポートアイランド陽子線センターでは、国内外の子どもたちを治療しています。治療は通常、平日毎日の短い照射を4〜6週間続け、幼い子どもには軽い麻酔を用いることもあります。',
        'センターは近隣のファミリーハウスと連携し、きょうだいも一緒に滞在できるよう支援しています。ホスピタル・プレイ・スペシャリストが、おもちゃや治療室の絵本を使って子どもの心の準備を手伝います。',
        '陽子線が適しているかどうかは、腫瘍の種類と部位によります。センターでは事前に画像と病理の資料を受け取り、家族が渡航を決める前にキャンサーボードの見解を伝えています。',
      ],
    },
  },
  {
    slug: 'kanazawa-eye-care-close-up',
    category: 'hospital-spotlight',
    publishedAt: '2026-03-27T09:00:00.000Z',
    author: { name: 'Mei Kobayashi', role: { en: 'Staff writer', ja: '編集部' } },
    hospitals: ['kanazawa-kaga-eye-clinic'],
    specialties: ['ophthalmology'],
    imageAlt: { en: 'Illustration: an eye shape framed by a gold leaf pattern', ja: 'イラスト：金箔模様に囲まれた目のかたち' },
    en: {
      title: 'Cataract surgery in Kanazawa: precision and a week to recover',
      summary: 'A small eye clinic in a historic city shows how day surgery, careful follow-up and a little sightseeing fit into one week.',
      body: [
        'Cataract surgery is one of the most common operations in Japan, and eye clinics perform it as day surgery in about twenty minutes per eye. Kanazawa Kaga Eye Clinic plans international patients’ stays around it.',
        'The week starts with measurements for the replacement lens and a consultation about lens types. Surgery follows on the second or third day, with a check the next morning and again before departure.',
        'Patients are asked not to fly for a few days after surgery and to avoid swimming and dusty places. Kanazawa’s gardens and museums are gentle on a recovering eye – with sunglasses.',
        'The clinic sends its operation report in English so the patient’s own ophthalmologist can take over the follow-up at home.',
      ],
    },
    ja: {
      title: '金沢で受ける白内障手術：精度と1週間の回復',
      summary: '歴史ある街の小さな眼科が、日帰り手術と丁寧な経過観察、そして少しの観光を1週間に組み込む方法。',
      body: [
        '白内障手術は日本で最も多く行われている手術のひとつで、眼科では片眼20分ほどの日帰り手術として実施しています。金沢加賀アイクリニックでは、この手術を中心に海外からの患者さんの滞在計画を立てます。',
        '1週間は、眼内レンズの度数を決める検査と、レンズの種類についての相談から始まります。2〜3日目に手術を行い、翌朝と帰国前に診察します。',
        '手術後数日間は飛行機に乗らないこと、水泳やほこりの多い場所を避けることをお願いしています。金沢の庭園や美術館は、サングラスをかければ回復中の目にもやさしい場所です。',
        'クリニックは手術記録を英語で作成し、帰国後は患者さんのかかりつけの眼科医が経過観察を引き継げるようにしています。',
      ],
    },
  },
  {
    slug: 'particle-therapy-explained',
    category: 'technology',
    publishedAt: '2026-04-14T09:00:00.000Z',
    author: { name: 'Takumi Aoyama', role: { en: 'Science writer', ja: 'サイエンスライター' } },
    hospitals: ['tsukuba-hoshizora-particle-therapy-centre', 'tosu-chikugo-heavy-ion-cancer-centre'],
    specialties: ['proton-therapy', 'oncology'],
    imageAlt: { en: 'Illustration: a ring-shaped accelerator drawn in lines', ja: 'イラスト：線で描かれたリング状の加速器' },
    en: {
      title: 'Protons and heavy ions: Japan’s particle therapy explained',
      summary: 'Japan has more particle therapy centres than almost any other country. What protons and carbon ions do, and which cancers they are used for.',
      body: [
        'Conventional radiotherapy uses X-rays, which pass through the body and deliver dose along their whole path. Charged particles – protons or carbon ions – release most of their energy at the end of their range, a peak physicists call the Bragg peak.',
        'Carbon ions are heavier and damage cancer cells more densely, which helps against tumours that resist X-rays, such as some sarcomas. Japan built the world’s first medical heavy-ion accelerator in 1994 and now runs several centres.',
        'Japan’s public insurance covers particle therapy for a defined list of indications, including childhood cancers, some head and neck tumours and prostate cancer. International patients pay the centre’s fee in full, so an estimate before travel matters.',
        'Particle therapy is not better for every cancer. Good centres say so: they review the case and suggest other treatment when beams would not add much.',
      ],
    },
    ja: {
      title: '陽子線と重粒子線：日本の粒子線治療をわかりやすく',
      summary: '日本は世界有数の粒子線治療大国です。陽子線と炭素イオン線の仕組みと、どのようながんに使われるのかを解説します。',
      body: [
        '一般的な放射線治療はX線を使います。X線は体を通り抜け、その経路全体に線量を与えます。陽子や炭素イオンなどの荷電粒子は、飛程の終わりでエネルギーの大部分を放出します。これをブラッグピークと呼びます。',
        '炭素イオンは重く、がん細胞をより密に傷つけるため、一部の肉腫などX線が効きにくい腫瘍に有効です。日本は1994年に世界初の医療用重粒子線加速器を稼働させ、現在は複数の施設が運用されています。',
        '日本の公的保険は、小児がん、一部の頭頸部腫瘍、前立腺がんなど、定められた適応について粒子線治療をカバーしています。海外からの患者さんは施設の料金を全額負担するため、渡航前の見積もりが重要です。',
        '粒子線治療がすべてのがんに優れているわけではありません。信頼できる施設はそれを率直に伝え、症例を検討したうえで、効果が限られる場合は別の治療を提案します。',
      ],
    },
  },
  {
    slug: 'endoscopy-and-early-stomach-cancer',
    category: 'technology',
    publishedAt: '2026-05-06T09:00:00.000Z',
    author: { name: 'Haruka Nishimura', role: { en: 'Health writer', ja: 'ヘルスライター' } },
    hospitals: ['fukuoka-hakata-bay-international-hospital', 'sakura-harbor-international-hospital'],
    specialties: ['gastroenterology', 'oncology', 'health-screening'],
    imageAlt: { en: 'Illustration: a thin flexible scope with a small light at its tip', ja: 'イラスト：先端に小さな光がある細く柔らかなスコープ' },
    en: {
      title: 'Finding stomach cancer early: Japan’s endoscopy expertise',
      summary: 'Japanese endoscopists find stomach cancers while they are still tiny – and often remove them without open surgery.',
      body: [
        'Stomach cancer was once the most common cancer in Japan. The response was screening and, above all, endoscopy: Japanese gastroenterologists perform very large numbers of examinations and train for years to recognise subtle early changes.',
        'Image-enhanced endoscopy uses narrow bands of light and magnification to show the pattern of small vessels and the mucosal surface, which helps tell an early cancer from inflammation.',
        'When a cancer is confined to the inner lining, endoscopic submucosal dissection (ESD) – a technique developed in Japan – can remove it in one piece through the scope, usually with a hospital stay of about a week.',
        'For visitors, a screening endoscopy can be part of a health check. If something is found, ask how soon a treatment slot is available and whether the hospital will send the pathology report in your language.',
      ],
    },
    ja: {
      title: '胃がんを早く見つける：日本の内視鏡技術',
      summary: '日本の内視鏡医は、胃がんをごく小さいうちに見つけ、開腹せずに切除できることも少なくありません。',
      body: [
        'かつて胃がんは日本で最も多いがんでした。その対策として検診、とりわけ内視鏡検査が普及しました。日本の消化器内科医は非常に多くの検査を行い、わずかな早期変化を見分けるために長年の修練を積みます。',
        '画像強調内視鏡は、狭い波長帯の光と拡大観察で微小血管や粘膜表面の模様を映し出し、早期がんと炎症の区別に役立ちます。',
        'がんが粘膜内にとどまっていれば、日本で開発された内視鏡的粘膜下層剥離術（ESD）により、内視鏡を通して一括切除できます。入院期間はおおむね1週間程度です。',
        '海外から来る方は、健診の一部として内視鏡検査を受けることもできます。異常が見つかった場合は、治療の予約がいつ取れるか、病理報告書を自分の言語で送ってもらえるかを確認しましょう。',
      ],
    },
  },
  {
    slug: 'lan-walking-again-in-hamamatsu',
    category: 'patient-story',
    publishedAt: '2026-05-28T09:00:00.000Z',
    author: { name: 'Mei Kobayashi', role: { en: 'Staff writer', ja: '編集部' } },
    consentRecordedOn: '2026-04-30',
    hospitals: ['hamamatsu-enshunada-orthopaedic-hospital'],
    specialties: ['orthopaedics', 'rehabilitation'],
    imageAlt: { en: 'Illustration: footprints along a path towards the sea', ja: 'イラスト：海へ続く小道の足跡' },
    en: {
      title: '“I wanted to walk to the market again”: Lan’s new knee',
      summary: 'A retired teacher from Da Nang on her knee replacement in Hamamatsu and the three weeks of rehabilitation that followed.',
      body: [
        'Lan, 67, taught mathematics in Da Nang for thirty years. By last winter the pain in her right knee had made the walk to the morning market impossible.',
        'Her son found Hamamatsu Enshunada Orthopaedic Hospital through its Vietnamese-speaking coordinator. After a video consultation and a review of her X-rays, the surgeon recommended a total knee replacement.',
        '“The operation was on a Tuesday and on Wednesday they had me standing,” Lan says. Three weeks of daily physiotherapy followed, with an interpreter for the first sessions and a printed exercise plan in Vietnamese for the rest.',
        'Back home, her physiotherapist in Da Nang continues the programme using the hospital’s report. “Now I go to the market,” she says, “and I take the long way.”',
        'Lan agreed in writing to share her story. Her name is shortened at her request.',
      ],
    },
    ja: {
      title: '「また市場まで歩きたかった」ランさんの新しいひざ',
      summary: 'ダナンの元教師が語る、浜松での人工ひざ関節置換術と、その後3週間のリハビリテーション。',
      body: [
        'ダナンで30年間数学を教えてきたランさん（67歳）。昨年の冬には右ひざの痛みで、朝の市場まで歩くことができなくなっていました。',
        '息子さんが、ベトナム語を話すコーディネーターのいる浜松遠州灘整形外科病院を見つけました。オンライン診察とX線画像の確認を経て、医師は人工ひざ関節全置換術を勧めました。',
        '「手術は火曜日で、水曜日にはもう立たせてもらいました」とランさん。その後3週間、毎日の理学療法が続きました。最初の数回は通訳が同席し、その後はベトナム語の運動プログラムの冊子を使いました。',
        '帰国後は、ダナンの理学療法士が病院の報告書をもとにプログラムを続けています。「今は市場に行きます。しかも遠回りして」と彼女は笑います。',
        'ランさんは書面で記事の掲載に同意しています。ご本人の希望により名前を短くしています。',
      ],
    },
  },
  {
    slug: 'a-new-heart-rhythm-for-rafi',
    category: 'patient-story',
    publishedAt: '2026-06-18T09:00:00.000Z',
    author: { name: 'Kenji Morimoto', role: { en: 'Policy editor', ja: '政策担当編集者' } },
    consentRecordedOn: '2026-05-22',
    hospitals: ['suita-senri-childrens-hospital'],
    specialties: ['paediatrics', 'cardiology'],
    imageAlt: { en: 'Illustration: a child’s drawing of a heart and a kite', ja: 'イラスト：子どもが描いたハートと凧' },
    en: {
      title: 'A family from Surabaya and a new heart rhythm for Rafi',
      summary: 'Eight-year-old Rafi had a rare heart rhythm problem. His parents tell how a children’s hospital in Osaka prefecture treated it – and how they managed the paperwork.',
      body: [
        'Rafi’s fainting spells started at school. Doctors in Surabaya found an extra electrical pathway in his heart and recommended catheter ablation, a procedure his local hospital did not yet offer for children his age.',
        'His parents contacted Suita Senri Children’s Hospital, which asked for his ECG recordings and echocardiogram. Two weeks later the paediatric cardiology team confirmed that ablation was suitable and sent an estimate in yen.',
        'The hospital’s letter of expected admission helped the family apply for a medical-stay visa, with a registered coordinator acting as guarantor. “The checklist told us exactly what to bring,” says his mother, Dewi.',
        'The procedure took three hours; Rafi went home to the family’s rented apartment two days later. His parents agreed in writing to share his story, and chose the photographs that are not shown here.',
      ],
    },
    ja: {
      title: 'スラバヤから来た家族と、ラフィくんの新しい心臓のリズム',
      summary: '8歳のラフィくんはまれな不整脈を抱えていました。大阪府の小児病院での治療と、手続きの乗り越え方を両親が語ります。',
      body: [
        'ラフィくんの失神発作は学校で始まりました。スラバヤの医師は心臓に余分な電気の通り道を見つけ、カテーテルアブレーションを勧めましたが、地元の病院ではまだ彼の年齢の子どもには実施していませんでした。',
        '両親が吹田千里こども病院に連絡すると、病院は心電図の記録と心エコーの画像を求めました。2週間後、小児循環器チームはアブレーションが適していると判断し、円建ての見積もりを送りました。',
        '病院が発行した受診等予定証明書をもとに、家族は登録された身元保証機関を保証人として医療滞在ビザを申請しました。「チェックリストのおかげで、何を持っていけばよいか正確にわかりました」と母親のデウィさんは話します。',
        '治療は3時間で終わり、ラフィくんは2日後に家族が借りたアパートへ戻りました。両親は書面で記事の掲載に同意し、ここには載せていない写真を自ら選びました。',
      ],
    },
  },
  {
    slug: 'olga-second-opinion-in-sapporo',
    category: 'patient-story',
    publishedAt: '2026-07-08T09:00:00.000Z',
    author: { name: 'Haruka Nishimura', role: { en: 'Health writer', ja: 'ヘルスライター' } },
    consentRecordedOn: '2026-06-12',
    hospitals: ['sapporo-shirakaba-medical-centre'],
    specialties: ['proton-therapy', 'oncology'],
    imageAlt: { en: 'Illustration: white birch trees in snow under a clear sky', ja: 'イラスト：晴れた空の下、雪の中の白樺の木々' },
    en: {
      title: 'Olga’s second opinion in Sapporo',
      summary: 'A patient from Vladivostok on asking for a second opinion abroad, and why she chose the treatment her home hospital had proposed.',
      body: [
        'When Olga, 54, was diagnosed with rectal cancer, her surgeon in Vladivostok proposed an operation followed by radiotherapy. She wanted to know whether particle therapy could spare her surgery.',
        'Sapporo Shirakaba Medical Centre reviewed her scans and pathology remotely and invited her for a consultation. The team explained where protons would help and where they would not.',
        '“They told me honestly that in my case surgery first was the better plan,” Olga says. “I went home and had it there, with much more confidence.”',
        'A second opinion is not always a new treatment. Sometimes its value is certainty. Olga agreed in writing to share her experience.',
      ],
    },
    ja: {
      title: 'オルガさんが札幌で受けたセカンドオピニオン',
      summary: 'ウラジオストクの患者さんが語る、海外でセカンドオピニオンを求めた経験と、最終的に地元の病院の治療方針を選んだ理由。',
      body: [
        'オルガさん（54歳）は直腸がんと診断され、ウラジオストクの外科医から手術とその後の放射線治療を提案されました。彼女は粒子線治療で手術を避けられないかを知りたいと考えました。',
        '札幌しらかば医療センターは、画像と病理をリモートで確認したうえで、彼女を診察に招きました。チームは陽子線が役立つ点と、そうでない点を説明しました。',
        '「私の場合はまず手術を受けるほうがよいと、正直に言ってくれました。帰国して地元で手術を受けましたが、ずっと安心して臨めました」とオルガさんは話します。',
        'セカンドオピニオンは、必ずしも新しい治療につながるとは限りません。確信を得ることにこそ価値がある場合もあります。オルガさんは書面で体験の掲載に同意しています。',
      ],
    },
  },
]
