// Contact exports in languages and scripts the earlier rounds did not cover: Outlook in Japanese
// (Shift_JIS), Russian (Windows-1251), Turkish (Windows-1254), Greek (Windows-1253), Danish, Finnish and
// Norwegian; Foxmail / QQ Mail in Chinese (GBK), Naver in Korean (CP949), Bitrix24 in Russian and
// Seznam in Czech. Each fixture has the header row of one program (test/fixtures/imports/SOURCES.md) in the
// encoding that program writes, and invented people; it is imported with no format and no mapping, as a
// new user would, and each case says which fields must land where (issue 11).
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/app';
import { allPeople, expectProgramFile, form, type ProgramFileCase } from '../../test/imports';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const EAST_ASIAN: ProgramFileCase[] = [
  {
    program:
      'Outlook in Japanese (Shift_JIS): 姓 and 名 make a family-first name, フリガナ readings are no name, a 1975/4/1 birthday',
    file: 'outlook-ja.csv',
    created: 3,
    people: {
      山田太郎: {
        emails: ['taro.yamada@sakura.example', 't.yamada@mail.example'],
        phones: ['03-5555-0123', '03-5555-0124', '090-5555-0101'],
        company: '株式会社さくら商事',
        title: '部長',
        location: '千代田区, 東京都, 日本',
        tags: ['取引先'],
        links: [{ kind: 'website', url: 'https://sakura.example' }],
        notes: ['来年の提携に関心あり, 特に物流', 'Birthday: 1975-04-01'],
      },
      佐藤花子: {
        emails: ['hanako@minato.example'],
        phones: ['045-555-0202', '080-5555-0202'],
        company: '合同会社ミナト',
        title: 'デザイナー',
        location: '横浜市, 神奈川県, 日本',
      },
      'Kenji Suzuki': { emails: ['kenji.suzuki@mail.example'] },
    },
  },
  {
    program:
      'Foxmail / QQ Mail in Chinese (GBK): 姓名, 电子邮件地址, 手机, 公司 and 职位; 姓 and 名 when 姓名 is empty',
    file: 'foxmail-zh.csv',
    created: 3,
    people: {
      王小明: {
        emails: ['xiaoming.wang@xinghe.example'],
        phones: ['138 0013 8000', '010-5555 0123'],
        company: '北京星河科技有限公司',
        title: '产品经理',
        tags: ['同事'],
        notes: ['上海会议认识，\n对合作很感兴趣', 'Birthday: 1988-08-08', 'Nickname: 小王'],
      },
      陈丽: {
        emails: ['chen.li@mail.example'],
        phones: ['139 0022 1111'],
        company: '深圳海风贸易',
        title: '销售总监',
      },
      'Li Na': { emails: ['li.na@qq.example'] },
    },
  },
  {
    program: 'Naver in Korean (CP949): 이름, 이메일, 휴대폰, 회사전화, 직책, 그룹',
    file: 'naver-ko.csv',
    created: 3,
    people: {
      김민준: {
        emails: ['minjun.kim@hangang.example'],
        phones: ['010-5555-0101', '02-555-0123'],
        company: '한강소프트',
        title: '팀장',
        tags: ['친구'],
        notes: ['"부산 행사"에서 만남, 투자 관심', 'Birthday: 1990-03-15'],
      },
      이서연: {
        emails: ['seoyeon@mail.example'],
        phones: ['010-5555-0202'],
        company: '서연디자인',
        title: '대표',
      },
      'Jihoon Park': { emails: ['jihoon.park@mail.example'] },
    },
  },
];

const CYRILLIC_GREEK_TURKISH: ProgramFileCase[] = [
  {
    program:
      'Outlook in Russian (Windows-1251): Имя, Отчество, Фамилия, Адрес эл. почты, "(раб. адрес)" columns',
    file: 'outlook-ru.csv',
    created: 3,
    people: {
      'Иван Петрович Сидоров': {
        emails: ['ivan.sidorov@veter.example', 'sidorov@mail.example'],
        phones: ['+7 495 555 01 23', '+7 916 555 01 23'],
        company: 'ООО «Северный ветер»',
        title: 'Директор по закупкам',
        location: 'Москва, Россия',
        tags: ['поставщики'],
        links: [{ kind: 'website', url: 'https://veter.example' }],
        notes: ['Познакомились на выставке', 'Birthday: 1980-03-15'],
      },
      'Ольга Кузнецова': {
        emails: ['olga.k@mail.example'],
        phones: ['+7 921 555 02 02'],
        title: 'Юрист',
        location: 'Санкт-Петербург, Россия',
      },
      'Anna Smirnova': { emails: ['anna.smirnova@post.example'] },
    },
  },
  {
    program:
      'Bitrix24 in Russian (UTF-8, semicolons): Рабочий e-mail, Частный e-mail, an ID and a person in charge',
    file: 'bitrix24-ru.csv',
    created: 3,
    people: {
      'Дмитрий Алексеевич Волков': {
        emails: ['volkov@partners.example', 'd.volkov@mail.example'],
        phones: ['+7 812 555 10 10', '+7 911 555 10 11'],
        company: 'Волков и партнёры; консалтинг',
        title: 'Генеральный директор',
        location: 'Санкт-Петербург, Россия',
        links: [{ kind: 'website', url: 'https://partners.example' }],
        notes: ['Перезвонить в понедельник', 'Birthday: 1979-11-02'],
      },
      'Светлана Морозова': {
        emails: ['svetlana.m@mail.example'],
        title: 'Маркетолог',
        location: 'Казань, Россия',
      },
      'Pavel Orlov': { emails: ['pavel.orlov@shop.example'] },
    },
  },
  {
    program:
      'Outlook in Turkish (Windows-1254): Unvan is the courtesy title, İş Unvanı the job, E-posta Adresi',
    file: 'outlook-tr.csv',
    created: 3,
    people: {
      'Dr. Ayşe Yılmaz': {
        emails: ['ayse.yilmaz@bogazici.example', 'ayse@mail.example'],
        phones: ['+90 212 555 01 23', '+90 532 555 01 23'],
        company: 'Boğaziçi Lojistik A.Ş.',
        title: 'Satın Alma Müdürü',
        location: 'İstanbul, Türkiye',
        tags: ['tedarikçi'],
        links: [{ kind: 'website', url: 'https://bogazici.example' }],
        notes: ['Fuarda tanıştık; Avrupa dağıtımı arıyor', 'Birthday: 1982-02-14'],
      },
      'Çağlar Öztürk': { emails: ['caglar@ozturk.example'], title: 'Mimar', location: 'İzmir, Türkiye' },
      'Ipek Sahin': { emails: ['ipek.sahin@posta.example'] },
    },
  },
  {
    program:
      'Outlook in Greek (Windows-1253): Όνομα, Επώνυμο, Διεύθυνση ηλεκτρονικού ταχυδρομείου, 21/9/1977',
    file: 'outlook-el.csv',
    created: 3,
    people: {
      'Νίκος Παπαδόπουλος': {
        emails: ['nikos@aigaio.example'],
        phones: ['+30 21 0555 0123', '+30 694 555 0123'],
        company: 'Αιγαίο Ναυτιλιακή Α.Ε.',
        title: 'Διευθυντής πωλήσεων',
        location: 'Πειραιάς, Αττική, Ελλάδα',
        tags: ['πελάτες'],
        links: [{ kind: 'website', url: 'https://aigaio.example' }],
        notes: ['Γνωριστήκαμε στο Ποσειδώνια', 'Birthday: 1977-09-21'],
      },
      'Ελένη Γεωργίου': {
        emails: ['eleni.g@mail.example'],
        title: 'Αρχιτέκτονας',
        location: 'Θεσσαλονίκη, Ελλάδα',
      },
      'Kostas Dimou': { emails: ['kostas.dimou@mail.example'] },
    },
  },
];

const EUROPEAN: ProgramFileCase[] = [
  {
    program:
      'Seznam in Czech (Windows-1250, semicolons): Jméno, Příjmení, Mobil, Pozice, Město, PSČ, Narozeniny',
    file: 'seznam-cs.csv',
    created: 3,
    people: {
      'Jiří Dvořák': {
        emails: ['jiri.dvorak@vltava.example'],
        phones: ['+420 222 555 012', '+420 602 555 012'],
        company: 'Vltava Software s.r.o.',
        title: 'Vedoucí vývoje',
        location: 'Praha, Česká republika',
        tags: ['práce'],
        notes: ['zájem o spolupráci', 'Birthday: 1985-05-12', 'Nickname: Jirka'],
      },
      'Markéta Černá': { phones: ['+420 777 555 034'], title: 'Účetní', location: 'Brno, Česká republika' },
      'Tomas Novak': { emails: ['tomas.novak@mail.example'] },
    },
  },
  {
    program: 'Outlook in Danish: Fornavn, Efternavn, Stilling, "By (arbejde)", Mailadresse, 23-04-1981',
    file: 'outlook-da.csv',
    created: 3,
    people: {
      'Søren Østergaard': {
        emails: ['soren@havnen.example', 's.ostergaard@mail.example'],
        phones: ['+45 33 55 01 23', '+45 20 55 01 23'],
        company: 'Havnen Logistik A/S',
        title: 'Indkøbschef',
        location: 'København, Danmark',
        tags: ['leverandører'],
        links: [{ kind: 'website', url: 'https://havnen.example' }],
        notes: ['Mødtes på messen i Herning', 'Birthday: 1981-04-23'],
      },
      'Mette Ærø': { emails: ['mette@aero.example'], title: 'Advokat', location: 'Aarhus, Danmark' },
      'Frederik Holm': { emails: ['frederik.holm@post.example'] },
    },
  },
  {
    program:
      'Outlook in Finnish: Etunimi, Sukunimi, Tehtävänimike, Työpuhelin, Matkapuhelin, Sähköpostiosoite',
    file: 'outlook-fi.csv',
    created: 3,
    people: {
      'Päivi Mäkelä': {
        emails: ['paivi.makela@saimaa.example', 'paivi@mail.example'],
        phones: ['+358 5 5550123', '+358 40 5550123'],
        company: 'Saimaa Oy',
        title: 'Myyntipäällikkö',
        location: 'Lappeenranta, Suomi',
        tags: ['asiakkaat'],
        links: [{ kind: 'website', url: 'https://saimaa.example' }],
        notes: ['haluaa jälleenmyyjiä Ruotsiin', 'Birthday: 1975-07-03'],
      },
      'Jyrki Häkkinen': { phones: ['+358 50 5550202'], title: 'Insinööri', location: 'Oulu, Suomi' },
      'Aino Virtanen': { emails: ['aino.virtanen@posti.example'] },
    },
  },
  {
    program: 'Outlook in Norwegian: Fornavn, Etternavn, "Poststed, arbeid", E-postadresse, Notater',
    file: 'outlook-nb.csv',
    created: 3,
    people: {
      'Åse Bjørnstad': {
        emails: ['ase@fjordkraft.example', 'ase.bjornstad@mail.example'],
        phones: ['+47 55 55 01 23', '+47 91 55 50 12'],
        company: 'Fjordkraft Rådgivning AS',
        title: 'Salgssjef',
        location: 'Bergen, Norge',
        tags: ['kunder'],
        links: [{ kind: 'website', url: 'https://fjordkraft.example' }],
        notes: ['ønsker partnere i Sverige', 'Birthday: 1984-05-17'],
      },
      'Øystein Lie': { phones: ['+47 92 25 50 20'], title: 'Elektriker', location: 'Tromsø, Norge' },
      'Kari Nordmann': { emails: ['kari.nordmann@post.example'] },
    },
  },
];

describe('exports in Chinese, Japanese and Korean, in their Windows code pages', () => {
  it.each(EAST_ASIAN)('$program', (c) => expectProgramFile(t, c));
});

describe('exports in Russian, Turkish and Greek, in their Windows code pages', () => {
  it.each(CYRILLIC_GREEK_TURKISH)('$program', (c) => expectProgramFile(t, c));
});

describe('exports in Czech, Danish, Finnish and Norwegian', () => {
  it.each(EUROPEAN)('$program', (c) => expectProgramFile(t, c));
});

describe('a file in a legacy code page whose columns cannot be recognised', () => {
  it('is refused with a request for a mapping, naming its columns in their own script; nothing is written', async () => {
    const me = await t.account();
    const bytes = iconv.encode('客户,金额,备忘录号\n张三,100,A-17\n李四,250,B-02\n', 'gbk');
    const res = await t.call('POST', '/api/v1/imports', {
      token: me.token,
      rawBody: form(bytes, {}, 'x.csv'),
    });
    expectStatus(res, 422);
    expect(JSON.stringify(res.body)).toContain('needs a column mapping');
    expect(await allPeople(t, me)).toEqual([]);
    const inspected = await t.call('POST', '/api/v1/imports/inspect', {
      token: me.token,
      rawBody: form(bytes, {}, 'x.csv'),
    });
    expectStatus(inspected, 200);
    expect(inspected.body).toMatchObject({
      needsMapping: true,
      encoding: 'gbk',
      columns: ['客户', '金额', '备忘录号'],
    });
  });
});
