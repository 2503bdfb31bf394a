// swift-format-ignore-file
// Written by scripts/real-background from ToLD-BR (CC BY-SA 4.0, see Resources/README.md): do not edit.
extension RealBackgroundText {
    static let portugueseText = ##"""
rt @user @user o cara adultera dados, que foram desmascarados e ainda quer ficar no governo?
@user @user @user o cara só é simplesmente o maior vencedor da história de futebol, tá com 36 anos e tem gás demais e não um gordo com joelho fodido
Eleitor do Bolsonaro é tão ignorante q não percebeu q a frase abaixo significa o seguinte: “É melhor falar um monte de bosta do que ficar calado”. Ainda transformaram em imagem bonitinha com citação e data hahhahahahhahahhahah. https://t.co/cBpSJT1Gdf
rt @user vai responder as outras 75 conversas e para de cobrar atenção caralho https://t.co/g6qy9om78x
mais é ruim pra pedir desafio esse técnico do azerbaijão
@user o mentiroso https://t.co/5fantv4zdx
@user onde mexe fede! #forastf #stfvergonhanacional #forasuspeitotribunalfederal #nasruascontrastf
meu filho vem primeiro, ele é minha prioridade!
@user não se ele tiver encomendado o "serviço"
@user @user @user sou a favor de invadir o stf e não chegarmos lá d mãos vazias....😝😝😝
@user @user Folha de São Paulo pra mim não serve nem pra pendurar no banheiro de posto de gasolina, pegar na mão então nem se fala. Acho que ler fotonovela, se é que ainda existe é mais proveitoso
@user nao deixa sua cabeça te fazer de maluca, seu corpo é lindo, assim como todos são dos seus jeitinhos, vai a praia sim eu hein vou dar na sua cara
@user os hormonios pulando...
e nessa loucuraaaaaa de dizer que não te querooooooooo
bixetes vem logo por favor
1h30 para sair de casa e estou deitada no sofá como se nada fosse
rt @user eu tenho de parar de estar de costas na praia, porque eu fico sempre morena nas costas e à frente pareço um pacote de l…
@user @user Contra fatos não há argumentos, Jair. É assim que você está ficando conhecido na Europa. https://t.co/4jyJCgbe6k
@user @user ahhhhhhhh obg kskskskskskks eu disse q sou horrível com cantadas
viva a vida enquanto vc esta vivo, pq dps que vc morrer, n vivera mais
homens feios porem bonitos??¿
passando calor aqui na loja
@user Vc só esqueceu de mencionar, que a turma do bem, agrediu o ministro na presença de suas crianças. Cabe BO, segundo o estatuto do ECA. É covardia, que chama?
@user tao linda parece eu
@user @user @user @user e o queiroz ninguém acha??!!🤔🤔
rt @user fazendo meu papel de bom amigo marcando keylla em 300 memes ❤️
fazendo amor botando pra moer so eu y voce
O candidato dos ricos que fez a campanha mais pobre da história e o mais atacado por todos -O político mais burro, pois anuncia seus principais ministros antes mesmo do fim do primeiro turno, não deixando margens para negociatas no segundo turno
rt @user eu ri, mas eu quero kkk https://t.co/yvv0ojmqgr
1 mês certinho para 18 anos
@user incrivel como essa foto só fica melhor a cada vez que eu vejo
@user Precisamos ficar atentos. Os métodos utilizados pela Lava Jato ñ foram nada ortodoxos. Houve claramente um pacto de mediocridade entre as instituições brasileiras. Realmente, é preciso estar atento e JAMAIS esmorecer. Muito obrigada pelo seu trabalho Demori 👊🏼
Desgoverno da destruição, esconde dados !. estamos sendo enganados e roubados de todos lados e agora a certeza que esses covardes vão manipular dados para apresentação da falsa realmente.. até o presente mostrar o contrário a destruição visível do país.!. #ForaBol卐onaro
esses vascainos são uma piada kkkkm
Segue minha página de shitpost @user Mas é de humor negro/shitpost então se tu não gosta sai Eu divido essa página com a minha melhor amiga segue ela tbm @user :&gt;
Papo reto aqui Se você usa ou pensa em usar isso aqui como argumento a favor do aborto, saiba que você é L-I-X-O, ideias comparáveis as de Hitler Pra você é melhor e mais fácil evitar que pessoas pobres (geralmente minorias raciais) nasçam do que diminuir índices de pobreza https://t.co/69516EvKPV
@user @user @user @user @user @user @user mas pra ela pode ser tudo, precisa mto
@user @user Parece que o cara mora no suvaco do @user e saiu rapidinho só pra manda a galera toma no cu e já vai voltar pra dentro de casa.
rt @user @user olha quem fala
me paga um boquete? 😮 — not https://t.co/vqxtq5ezrv
as vezes as pessoa fala sobre amar o yoongi e eu fico kkkk thats cute
@user pelo que havia entendido, a conta fazia a somatória dos dois (tv paga e tv aberta).
ate segui o meu mo babados do matriz p n perder nada
puts só queria estar no barão agora
os cria vai piar aq em casa p ver vingadores 🤩
@user e vamos resolver de certeza
@user dourados kkkkk
eu mando algo relacionado a turismo aqui em fortaleza pra lysandra e ela pergunta "que que tem?"
viva sem medo, sem medo dos desafios, sem medo de enfrentar o que parece impossível 💬💬💬
@user ouráiti! mas mesmo assim queremos outro pgr! 💚💛🙌
🔺NOTÍCIA NA TV PORTUGUESA!🔻 Acabou de passar na TVI24 (canal português) que há um manifesto no congresso para impedir a visita do presidente Jair Bolsonaro no próximo ano, sob pretexto de que ele NÃO É BEM VINDO! Tentei gravar, mas ficou pela metade 😕
@user @user @user alguém tá mentindo.
@user @user @user tá pegando fogoooo
mano queria ter férias
@user operação lava jato faz operação para proteger operação lava jato
ainda indignada com o show do 3030 de graça em cg que não vou poder ir
@user aqui em casa, amiga? kakak
aí eu to com muita saudades vai tomar no cu ;(((!
só quero chegar em angra logo
Corinthians x Palmeiras em Brasileiros, desde 1971: 51 jogos 17 vitórias do Corinthians 17 empates 17 vitórias do Palmeiras - Últimos 9 jogos no geral (7 vitórias do Corinthians, 2 vitórias do Palmeiras) - Fábio Carille contra o Palmeiras (8 jogos, 7 vitórias, 1 derrota)
[2/8 15:28] Racquel: Zika KKKKKKK [2/8 15:28] Racquel: E os trabalhos ? Fez algum ? [2/8 15:29] Marcela ♡: Não tenho nem foto sei nem que que é pra fazer [2/8 15:29] Racquel: Vamos começar o bimestre muito bem KKKKKKKKKKKKKK vai dar ruim
aceitem que noart é só amizade, nada além, único shipper que pode ser real e beauany, não tô proibido de shippa noart mas ficaram jogando hate pra ela por infantilidade, quem aguenta meu pai? https://t.co/oNxyDfCPsT
@user kkkkk pior que enjoa mesmo
Essa série da BBC mostra o drama da crise climática que estamos vivendo. As ameaças estão por toda parte. As consequências são cada vez mais graves. O alerta da ciência precisa ser traduzido em ação. É urgente! https://t.co/MVRifmLd95
segunda eu começo a fazer terapia, nunca imaginei chegar a uma fase tão conturbada e difícil da minha vida a ponto de ter que passar por isso. que tristeza sem fim
@user cametá
rt @user caralho esse cara eh foda demais divulguem o trampo dele https://t.co/jj4gbjkgyw
kkkkkkkkkkkkkkkk sarneou
@user olha só eu tava ardendo em febre ontem, MAS EU TÔ VIVINHA e vim te desejar parabénxxx! Muita muita saúde, luz, amor! Vou te adotar e te chamar de paozim de mel. Ah, tu é a cara do meu namorado viu. E ru me inspira a escrever e os caracteres tao acab
meu melhor amigo gente só meu ninguém rouba ele de mim
uma lista com os melhores laterais do brasil sem juninho capixaba é uma lista sem moral
que orgulho, ela merece isso é muito mais paulinha na fab
@user hahahahahaha invejinha
@user deve ser do mesmo dono da água mineral "uai", que é distribuída no espírito santo! 🤷
@user @user O cansaço do time e Gabriel machucado acabou sendo decisivos, quando ele ta 100% se movimenta muito, Bruno Henrique la de centro avante não é o melhor para ele. Minha opinião
@user eu vejo o pessoal falando que dói a beça e eu achava que tinha uma idade certa pra aparecer, depois disso não dava mais kkkkkk
@user @user bundão você ... 🤣🤣
esse homem não pode ser real https://t.co/tyks6r4fq3
craque da rodada domingo, classificação heróica na quarta e hoje esse presentão. que semana pro rafinha 👏🔴⚫💪
rt @user gosto de irritar o menino q'eugosto pq ele bravo é fica ainda +gostoso https://t.co/2wwk8nywst
@user ah! e te mata também
@user como diria walter abrahão......" ta gorrrdo o milton neves hein"
@user imagina se eu vou ter problema com algo na faculdade que absurdo eu sou perfeita
ministro da educação sobre paulo freire: "se fosse tão bom, ia ter pelo menos mais um país usando o método dele" https://t.co/xqrnrzjtnd
vou pedir pro meu pai comprar ingresso pro jogo contra o bahia
@user @user @user Hahahahaha vc não entende porra nenhuma mesmo!!!! Por isso seu crédito é nulo! Outra porta de esquerda!!!!
@user você não conhecia o ministro da saúde mesmo. ele é um amontoado de polêmicas vazias que acertou nesse projeto dos médicos.
chega em casa vou pra piscina, muito calor tmlc
rt @user aprendi a dizer para as pessoas certas. https://t.co/ofsfpjxdk6
decidir qual série vou passar a noite assistindo hj, já que to terminando stranger things
@user @user não sei, mas estou fazendo. tudo para tirar essa sensação.
@user Vc é um gênio tenta a carreira da magistratura, condenado em 3 instâncias sem provas, e vc acha que não tem provas, vc é um gênio. srsrsrssr #STFVergonhaNacional
que rica verga
gato perfeito, meu webnamorado perfeito, lindo demais, amo seus poemas
@user segura na mão de deus e vai
pegaria alguem do 2 do atomo? — n conheço ngm eu acho kakakaakk manda nome aii https://t.co/htuimo5jpp
@user só dia 6 que o meu caaai se não era na hora tbm
@user GILMAR MENDES não aceita ser investigado pela Receita. LEWANDOWSKI mandou prender um crítico no aeroporto. TOFFOLI inventa inquérito para censurar redes. ALEXANDRE DE MORAES não quer ninguém investigando o STF. É A DITADURA DO JUDICIÁRIO! Vamos aceitar? #STFVergonhaNacional
rt @user odeio esperar pqp
@user se ele for um cara novo e conseguir mostrar o futebol dele acho que rola
@user sabes que tens boas amigas quando elas já usam o emoji do unicórnio associado a coisas quase tão lindas como tu 😍
rt @user quem tiver procurando emprego aproveita e vem na direção desses cara aqui que eles estão dando trabalho kk 👉@user
🇧🇷SDV DE DIREITA🇧🇷 @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user
ainda mano !!!
@user melhor ter ficado calado @user
rt @user perguntar o que a pessoa tá fazendo é o auge de sem assunto
homem quando termina um relacionamento mostra ser outra pessoa.. como pode gente?
rt @user desde quando o yudi participou daquela edição icônica da fazenda, eu desenvolvi afeição pelo menino https://t.co/fjayhcfxsv
Os cursos Geologia ⚒ Biologia 🐍 e Eng.Florestal 🌳 se juntaram para fazer a *SEGUNDA EDIÇÃO* desse rock que foi selvagem com muita CERVEJA 🍻 CURTIÇÃO 💃🏻E SELVAGERIA 🌴🍁 Fique ligado, mais informações em breve... #Selvageria Sigam nosso insta https://t.co/jKiKsT13Sx https://t.co/h9F77yfwnx
Jair é o tiozao que acredita em qualquer mentira que contam pra ele. O problema é que elegeram o tiozão e agora ele é o presidente da república amplificando mentira e fake. https://t.co/tfgyDzuWMb
@user @user nessa tu se f....eu. a maconha ta te deixando lesado. passa vergonha ai babaca.
@user @user prove sua inteligência: me diga onde foi que o socialismo e o comunismo deram certo? ...
rt @user eu tentando explicar pra mim mesma q nao posso me matar https://t.co/a14yygxhfz
@user @user chupa troxa!
@user @user 🤣🤣🤣🤣🤣🤣🤣🤣🤣 tomou no meio do seu orifício anal 🤣🤣🤣🤣🤣🤣🇧🇷🔝
O Presidente @user indicou ao cargo de Ministro da Educação @user Este falou que o ministério foi ocupada por um Trapizomba: Pessoa mal arrumada, mal vestida, "que não sabe das coisas, um imbecil". Quem será está pessoa ? #BolsonaroRaiz #BolsonaroTemRazao
os meus lowkey são mas acho q mais liberdade ia me fazer confusão KKKKK cm é q vcs chegam a casa dps das 8 da noite qd é q vcs jantam??? https://t.co/swqxR365r4
alguém precisa me tirar do tumblr ou então eu vou salvar todos os icons do kai e do chen
falei que eu estava desanimada pra minha mãe e ela me falou "não fica assim, vamos fazer umas orelhinhas de gato que passa"
minha mãe vive me arrasando pq tô gorda, mas me manda mensagem pra ir na casa dela jantar e levar coca 😪
rt @user sem condições com essa amiga minha, ideia certa https://t.co/53ocxyfobm
rt @user policial sendo aplaudido por matar bandido, esse é o brasil que eu quero! #stfvergonhanacional https://t.co/fduiwl3szj
Na nota, Cláudio Drewes se disse preocupado com o futuro da Operação Zelotes. "Não sou moleque", afirmou ele depois de ter seu texto apagado. https://t.co/sx37IlajjY
e isto é o que fizeram com #saintseiya. :( #cavaleirosdozodiaco https://t.co/ooer5y9bxz
vc n gosta de suju? — é sobre o leeteuk? eu me referia ao modo que o fandom trata o show do bts na arabia, como se super junior tivesse feito isso possível(?) e não o esforço dos 7, fora isso eu não tenho nada contra eles https://t.co/wg5eJA4NYW
rt @user amo as pessoas de belcity no twitter pq todo mundo sabe de quem todo mundo tá falando
mano eu não estou com raiva... estou com ódio q é bem pior.
rt @user @user @user mais uma fake da foice de sp #stfvergonhanacional https://t.co/jihxaxfsr2
rt @user celular do meu irmão desbloqueia com o meu rosto kkkk e olha q nen somos parecidos
rt @user e eu que não precisei ter um boi p ter chifre https://t.co/i6uw2ln6ha
quando as barmy começam a cantar as músicas num coreano embolado e o bts acha lindo, sensacional, perfeito, brasileiras fluentes em coreano https://t.co/wEwnEiLse5
rt @user se você for pela ideia dos outros nunca vai ser feliz. https://t.co/cl3nyhgpk2
tenho a semana inteira pra ficar doente, vou ficar ruim logo na sexta feira
rt @user mil pastas de currículos nenhum emprego
@user sim, gostei da contratação do donny mas infelizmente o careca hp vai queimar ele
rt @user @user rio grande são!!!
teresinha e merda a mesma coisa odeio ela caralho
jesus venceu no deserto e adão fracassou no paraíso. não é o lugar, são as escolhas!
No vídeo, é possível ver todos os 12 integrantes não apenas imitando os passos do BTS, mas também colocando um pouquinho da “sua cara” à icônica coreografia de “FIRE”. Você consegue identificar todas essas modificações? YouTube 👉🏻 https://t.co/nhv3n8W7L1 ᪇ୣ╾◌Laianne╼ୣ᪇
nenê fica de 4 que o pai te taca a vara🎼💃
Bom da minha mãe e que ela que contar as coisas pro meu pai pra ele brigar comigo sendo que qualquer coisa que eu faça que eu falo que meu pai deixou ela fala “ELE NUNCA ESTEVE PRESENTE ENTÃO EU QUE MANDO” QUE IRONIA NÃO?????
Gente parece mt alguém q eu conheço e minha cara fica assim msm igual a dessa mina ai, mano exxxxxxquece, mt bom ser pega de surpresa assim kkkkkk 😍 https://t.co/dWf2NOOjCY
@user Só fala isso porque ele não foi pro Flamengo, Mauro. Teu clubismo te cega as vezes. O cara é o maior campeão da história, entre jogadores de futebol, ele tem mais títulos que Pelé e ainda é o melhor lateral direito do mundo.
@user A proibição da maconha só favorece o crime organizado q mantém o monopólio do mercado e seu financiamento, muitos países civilizados e desenvolvidos já legalizaram, por aqui temos governantes hipócritas e demagogos q são contra a legalização e automaticamente favorecem o tráfico!
@user @user realmente eu fico me sentindo um lixo vendo os dois meninos mais bonitos do mundo esfregando a bochecha um no outro, é demais pra mim 😭😭😭
Para algumas investigações recurso infinito e velocidade. Para outras.... 5 meses após a prisão dos assassinos os celulares ainda não tiveram informações extraídas. Polícia Civil e MP não podem depender de favor de empresa privada para investigar. https://t.co/YemPcovwwl
@user pode sim
mas se eu deixar o twitter vou ter q ficar no instagram e o instagram eh o cúmulo ou seja : vou me mata
rt @user deus olhou pra mim e falou, sem bunda, sem peito, sem beleza, sem nada, apenas fica aí no mundo vivendo https://t.co/csli…
@user @user tem esquerdista que não pode ver uma vergonha que já quer passar, né? 🤣 https://t.co/3qdjpi3rt5
rt @user ultimamente meu whatsapp é muito off,fico umas 3 horas offline quando ativo os dados nem 1 mensagem💔😹😹😹 nem aquele con…
a menina só escolheu o teló pq ficou com pena, tenho ctz kkkk
reconhecer o próprio erro é coisa de gente grande https://t.co/0xgrbetady
doida pra chegar em casa rs
rt @user paulão vai vim cedo desse jeito paulinha na fab https://t.co/ucotneppgj
@user vo nada não faz eu duvidar da minha capacidade kjjkkkkkkkkkkk
@user @user olha eleee
@user @user Fala mais! Vc é só mais um esquerdopata fissurado no fracasso e um invejoso contumaz do sucesso alheio. Vc, assim como todo esquerdopata é um incompetente fracassado que acha sempre q as pessoas de sucesso lhe devem alguma coisa. a única moral q vc reconhece, é a que te serve.
rt @user eu só queria casar com o gilbert blythe mas eu nao posso porque ele não existe https://t.co/nhw8jxsim5
rt @user meta: trezentos comentários • cinco cores • cinco animais • cinco profissões • cinco nomes • cinco esportes paulin…
do nada assim me bate um tesao
o que dizer pra quem tem medo do hacker russo e entrega gratuitamente seus dados para o google e o facebook?
@user so nao ouvir hahahahahahaah
poste uma foto de vc e 3 bias seus e deixe seus mutuals decidirem com quem eles shippam mais vc to com vergonha mas nao deixem flopar 😔😭🥺😔😳🤪😻😎😙😜😌🤣✈️😜😜🤣😻🤢🧐🤪😙😔😳😔🍉😭🥺😳🤢🤪❣️👉🏼✈️🤪 https://t.co/Oeizj9x2Ar
@user é a lavanderia de mensagens privadas: o stf esquentando produto de roubo pra dar um ar de legalidade.
@user noooo mano kkkkkkk eu sou muito burro, to bolado
hoje é dia da nossa preciosa, maravilhosa e incrivelmente talentosa maknae 🎉🎂 feliz aniversário meu amor que todos os seus sonhos se realizem! por existir e nos abençoar com a sua voz incrível e com o seu sorriso contagiante, obrigada ❤ EU TE AMO D+ 😍 #HappyYEONJUNGDay https://t.co/8KkPc33WT8
@user @user @user Curioso, pq isso cai como uma luva para a doceira plagiadora que por conta do fracasso ta com medo de lançar o 5° album kkkkk https://t.co/dCXkfRwddx
o nosso amor era pra ser pra sempre, você sabe disso... aonde foi que a gente errou, me diz onde foi que quebrou e se ainda tá na garantia...
@user @user @user Sabia que ia chegar até aí. É avisado antes sobre o conteudo, bowie. Tem tarja de idade. Não é como se exibissem pornô pra criança sem aviso.
só 2? imaginem a drena q era ir com um grupo de amigos fdsss
@user tu tinhas um glow diferente
@user @user as piadas secas também não são funny e fazem sucesso :p
GRANDE MITADA - Bolsonaro desaparelha Comissão de Mortos e Desaparecidos e coloca para fora o petista Paulo Pimenta do órgão – Noticia Brasil Online https://t.co/ScipCB5Wm3 via @user NBO04169435
@user reinaldo existem cópias, de uma forma ou de outra o brasil vai saber de tudo #vasamoro #vasajato
@user @user se fumar, não tuíte kkkkkkkkk toma trouxa
francischini: prova obtida por hackers não pode servir para libertar lula https://t.co/0cgi2qtncl
rt @user vou postar aqui pq na última foto do instagram eu tô com a mesma blusa https://t.co/yhzb6zrl7l
@user Não existe corpo perfeito, quem definiu que isso é bonito? Você é bonita do seu jeito e isso basta. Outra coisa é você querer ser assim.
a sensação de pegar o violão e tocar alguns acordes e sair perfeitamente é tão incrível, nem consigo descrever
Não é preciso ser religioso para ter respeito pela morte do outro. Ainda que com ele tenhamos diferenças, é uma questão humanitária. Respeitar o luto dos que sofrem é expressão de nossa dignidade. Se não gostava do que morreu, dedique-lhe o silêncio.
tem coisa que eu prefiro n acreditar que seja verdade....
rt @user @user geral magrelo , só feiao na foto ... mas o incrível é que a tropa já fazia sucesso 😁
to desde ontem tentando não chorar e surtar mas tá cada vez pior vo desativa p n fica tweetando bosta
vontade de sentar em posição fetal e chorar
@user infelizmente é a nossa realidade
@user @user Vc anda muito ourinho @user parece que q a brincadeira de comer o Bebê ensinou vc, ou nao neh, cria vergonha na Cara e para de querer aparecer, já perdeu a Moral que tinha e anda procurando o que Mídia ??? Cria vergonha irmão, vai procurar o que fazer !!!
mano eu to tão cansada
rt @user então pensando em abrir uma live lá no camera prive pra conhecer mais sobre a plataforma... topam?
rt @user @user @user @user meus parabéns vocês merecem tudo dê bom espero que viva a vida de vocês longe desse jo…
só evento bom na cdd final de semana
é uma intimidade tão boa, que me faz bem demais. e eu tô aqui chorando demais em saber que as coisas estão dando certo.
@user sabe que se ficar feio vou zoar né kkkkkkkkk
rt @user tenho q voltar pra comprar esse roupa kkk https://t.co/rgdnna4a9q
@user se já amei ontem, imagina o novo.
@user podre que nem todos os outros androids
@user fefito e edgar devem ter tido "sweet dreams" noite passada...
@user @user É revoltante o povo ter que ser oprimida pelo um Judiciário que só defende a corrupção .. não podemos deixar esse defensor de organização criminosa calar a verdades de uma nação ....
@user não me descia por nada, mas ontem tomei pq esqueci de colocar, ficou top
• 1/1 dribles bem-sucedidos • 2 grandes chances perdidas • 7/14 duelos vencidos • 2 faltas cometidas - 1 cartão amarelo • 1 falta sofrida • 2 cortes • 1/2 desarmes concluídos
eu falando com a moça do laboratório: po mano marca esse bagulho aí pra mim mesmo.... desliguei de tanta vergonha
@user @user @user mas é bonita....
pq as coisas são assim
só te amo ♥️
@user sim, não quer mais nada?
morro kkkkkkkk
rt @user @user vamos comprar óleo de peroba pra passar na cara dessa mulher.
nao sei se eu fico de cara, com medo ou com tanta fofura
não tem notícia nem nada
rt @user todo mundo sabe o que é certo e o que é errado, vacila quem quer 🚩✌🏾
@user acho válido. pode ser pera tbm. já q são tudo criado por vó a leite ninho e pera. vão tá acostumados
tantas promessas para nada
estou no shopping esperando a hora da sessão do filme começar. rei leão 🦁
infelizmente existem pessoas que só estão interessada no que temos pra oferecer e não no que somos, se você para de oferecer o que você tem e passa a oferecer o que você é a pessoa caga pra você, to fora de gente assim.
rt @user rebolar na frente do espelho é muito desperdício, era p eu tá rebolando em vc
rt @user tem umas pessoas que não merece nem o meu aperto de mão... 🤝
Amante braba p mim é aquela que sustenta a bronca de comer marido alheio, que quando a fiel descobre e vai na direção, bota a cara mesmo sem medo e fala : "Estou com seu marido mesmo e vê o que você pode fazer". Não essas q é frouxa, nega até a morte, chora e ainda chama família!
7 milhões Euros agora. Coisa Pouca. Entre RP, WC, RL, Podence é toda a formação do Sporting, em 1 ano já deve ter roubado mais de 50 milhões Euros. O Sporting está SAQUE. MAS A CS GOSTA SCP. #Assalto515MILHOESNOS https://t.co/IZGq3HhotF
pogba com dor nas coatas, coutinho e pogba são amigos desde quando?! 😂😂😂
rt @user tô sumida desse site 🤔 https://t.co/dgberazvtz
acho que ta na hora do meu desaparecimento das redes sociais k
a pronto, agr qro trabalhar no zoológico
@user desse jeito vamos ter que adiar o dia de tomar banho miga
tava aq terminando st3 né.. aí eu parei pra pensei que o steve não passou uma temporada se quer sem estar com a cara toda fodida
rt @user odeio criança
OP: [...] Por cerca de 3 meses todos nós pensamos que aqui eles estavam apenas “sussurrando” quando na verdade estavam “esfregando as bochechas enquanto fingiam sussurrar durante um discurso de aceitação do prêmio”. https://t.co/ZiTL1kGJFz
Um flagra: PETRALHAS pedindo VOTO aos eleitores de Paraty-RJ. O prefeito eleito em 2016 foi cassado por compra de votos. A nova eleição determinada pela Justiça Eleitoral será no próximo dia 04 de agosto. https://t.co/Cta5X3c03v
@user juliana, pode lotar a gente de stories do show que eu não ligo não
eu vi na tv que quem mto praticava(😈)era mais saudável eu fiquei 🤔🤔 acho que eu sou doente então
@user @user ahahahahahaha... e se ele não gostar do resultado vai exonerar quem? isso é um quadro do zorra total
Nicole me manda áudio ai ela falando que sempre que ela tem costura no senai ela lembra de mim falando " ah só faço merda ou pedia ajuda" KKKKKKKK mano cada peça que eu estava fazendo eu fazia alguma merda
braba 🔥
rt @user não troque o das antigas por quem chegou agora 🤙🏻 https://t.co/x41jcenmwy
rt @user 297 mil pessoas rindo desses trouxas 🤪 https://t.co/zhj3esbx9r
@user @user a pf é subordinada a ele!! pq o espanto?! acordem, gente!!
@user pqp, da um chega pra la nessa mulher, que loucura
@user @user @user eles nunca aprenderão isso. dignidade não se aprende e nem se compra.
@user Essa fase passou! Foi no tempo em que o pt estava no poder e apoiava ditaduras sanguinárias: Angola, Cuba, Zimbábue, Venezuela, Congo, Guiné Equatorial e Gabão. Realmente vou uma fase deprimente da nossa história. Porém estamos caminhando para redenção. https://t.co/lZuvqqPGs5
fui limpar o carro e meu pai deixou la dentro 50 reais junto com uns papéis obrigada deus 🙏😂😂
@user vei?????????????? se um filho faz isso cmg eu pego o sanduíche e enfio no cu dele
amiga??????? uhum, amiga que fala mal quando vc não está, amiga q quando vc ta fraca dá prioridade p outras, amiga q se tu n sair pra beber ficam tempos sem se falar, amiga q se tu der mole te joga de bola....amiga assim quero distância, prefiro ficar sozinha com 0 de amizade. 😉
impressionante como eu consigo me estressar por tudo e nada ao mesmo tempo
🎙 Mário Bittencourt: “O time está nas quartas de final da Sul-Americana. Estamos mal no Brasileiro, na Z4, mas quem olha aqui de dentro vê que o trabalho é realizado de forma correta. Está mais sólido do que nunca.” #SomosFluminense
rt @user minha cara ta estranha, acho que falta uma rinoplastia nela https://t.co/mmbillxogk
@user @user @user @user @user @user @user desculpa meu amor pode virrrr
@user @user agora tô de olho pode deixar comigo
Inacreditável como tem pessoas que tem uma facilidade absurda de achar namorado! Mano, tava namorando a um mês e já tá namorando de novo com outra pessoa, como que consegue! Confesso que queria mas não possuo tal habilidade!
@user minha cidade natal, ponta grossa!
o que falar da exoneração do Ricardo Galvão... foda. Quando a gente acha que não tem mais como piorar o Governo Federal vai lá e faz a 29423849237492374973º merda do ano
comprei duas caixa de latão
e uma boa turma se não for pedir muito!
mano se o jhony trazer o lanche eu vou pirar o cabeção kkkkkkkk
preciso terminar a minha maratona marvel antes do fim das férias aaaaaa só faltam oito filmes
@user vou brotar na tua direção agr p nos fazer mano a mano sem perder a amizade
rt @user ótima sexta adquira seu pacote de fotos e vídeos bora "rt" olha o popozaoooooooooo💋 https://t.co/lskeywlqhc
@user nenhuma merda destes
rt @user até agora eu não entendi a graça disso. corpo toda mulher tem. https://t.co/ha47ycgdzj
rt @user se eu fosse essa mulher daria um socao no meio da cara desse garoto imundo https://t.co/c9mjeckqj7
@user @user pca é legal mas é muito grande e eu ja li a metade dos dois pontos ta ok
@user @user o petista pare com o choro, seu mestre está na cadeia👏👏
#stfvergonhanacional @user vergonha nacional
rt @user sdds de ir na viva noite e tomar umas torres de cerveja com os amigos que eu gosto
nossa eu odeio calor véi mds do céu como alguém que tem que sair na rua p trabalhar ou sla consegue gostar de calor sem tá numa praia ou ter piscina em casa????? vcs são loucos 😩😩
@user os comentários dele são tão absurdos que deve ser fake.
@user @user só aqui mesmo, por isso é essa zona !
rt @user no momento assistindo o vôlei feminino e alimentando meu crush na tandara https://t.co/afoqahpxd6
@user parabens, vc é a milésima pessoa a fazer essa piada hoje !!!!
rt @user onda louca mt doida, igual essa não vii... https://t.co/bfgouotdx5
pl ta taradão vai te tacar de remetente do jeito que ele sempre quis
eu fiquei mo desconfortavel a mina com 13 anos se expondo pra caralho foto quase pelada e etc
@user porra bora comprar https://t.co/zs7la5vedz
passa uns 50 desse em frente do açaí
O governo do presidente Jair Bolsonaro lançou o Pró-Infra, programa destinado a estimular o investimento privado em infraestrutura no #Brasil. https://t.co/1GnChpepE8
mn eu amo tanto minha mãe kkkkk agitou um shopping do nada pra eu ver rei leão,aaaa🤞🏽❤️
mais uma vez fazendo post puxa saco da [ex]orientadora
minha tia ligando p minha prima q disse q ia chegar em cs 2:00 e ta ate agora na rua: CADE VOCE SUA FILHA DA PUTA PARECE QUE GOSTA DE ME IRRITAR
quem que é platão e aristóteles perto de mim https://t.co/z8er0c2epu
rt @user e a menina q achou que eu não gostava dela por causa de macho kkkkkkkkk me desculpa mas essa vergonha eu não passo
@user @user mano kkkkkkkkkkkkkkk
compromisso tá ai vou ter que mudar a rotina
rt @user você também fala no instagram e whatsapp com a mesma pessoa sobre coisas diferentes?
então quem desempata? https://t.co/xlfcorerpq
@user cês vão se foder hein kkkkkkkk
vem cá, galera... cês são tapado, é? não é óbvio pra vcs que a gente também quer melhoras no sus? “nhe nhenhe nhe já que existem mts problemas então vamo acabar com o sus NHE NHE”
ano que vem meu saopaulo estará de volta na libertadores #bbdebate
rt @user vê legal, da um close 🏆🚂💨 clipe completo: https://t.co/7bdcotgvwi https://t.co/lzmvda0cre
rt @user sâmia: ‘bolsonaro subverte a lógica do desmatamento e não demite quem deveria: ricardo salles’ https://t.co/s1psufljvh
@user melhor tuite do dia.😂
@user @user @user e já adiantou dois advogados também...
gente romantizando qm é explorado chamando de guerreiros pessoas q na real são vítimas. por outro, pessoas querendo proibir a venda da força de trabalho que não venha de empresas. estou cercado de idiotas.
fazendo planta baixa sem mimimi, estilo engenheiro.
@user sim, na maioria. so uma vez que comprei um negócio e não foi a mesma coisa que pensava
@user @user Que coisa mais linda, esses, são os leais amigos . Me emocionei, amo esses amigos de 4 patas. "QUEM DERA, QUE TODO O HOMEM, TIVESSE A HUMANIDADE PERFEITA DE UM CÃO" Boa noite, beijos no coração! PS: E existem desumanos, a maltratarem esses anjos.
@user que é a mesma coisa, pq vicia igual
@user essa merda mexe se bue bem fdss com um gordo como tu la dentro ainda
É muito estranho pensar que o seungyoun já morou no meu pais sendo jogador de futebol, conheci ele do uniq falando em português, as suas lives só tinham br e agora ele tem muitos fas internacionalmente e finalmente ta tendo o reconhecimento que merece https://t.co/HnXdVaTgKo
chama na glória
Os ditadores do STF estão desesperados. Perderam todo o pudor. Que se cala agora é conivente. Vejam os que se duziam ze direita e hoje se calam. De que lado estes estão? DEM, PSDB E MBDB. #STFVergonhaNacional #DitaduraDoSTF
não to entendendo merda alguma desses limites de funçes reais
@user falou minha língua 👏🏻👏🏻👏🏻
@user No outro, ele devia te mandar encher o saco do Presidiário e deixar ele trabalhar em Paz. Fora Comunista!!!! #NasRuasContraSTF
tava mt precisando ler isso
@user é muita hipocrisia dessa gente, não?
@user porra caralho nao pode falar palavrao nessa bosta cacete!
@user que lugar da vila olímpia??
@user para conhecimento e entendimento.
kkkkkkkkk eu mesmo me fiz de palhaça
@user @user @user que nada, ele é covarde! fugiu ate de debate hahahhahhahahhaha
@user Vá produzir sem e vender o produto da sua produção. Depois você ponha tudo na ponta da caneta, compare com quem produziu com agrotóxico e tire suas conclusões. No mundo há cerca de 7,7 bilhões de pessoas e a terra é pouca e cansada. Então, forme seu juízo e plante pra vc mesma!
@user parece o felipe neto dando conselho
@user Querem transformar o Brasil em uma fábrica de esquizofrênicos.. O desejo desses comunistas é esse mesmo.. Gramsci puro !! Xô comunistas !!
postei um vídeo no insta de biquíni e ta geral falando q eu tô magra(??????) kkkkkkkkkkk
@user se o bandido e covarde ustra tivesse vivo com certeza seria nomeado para esta comissão.
ai gente chega de ibope fala até o papagaio fala, só não pode encostar.
o termo "MEU ANJO" é muito viciante e serve pra tudo discussão ironia puxar assunto oi meu anjo ser gentil parabéns aos envolvidos pelo termo
📷 Há mais de dez anos, os jogos e programas ainda eram demonizados pela mídia que fazia associações com a violência. Desde aquela época já existiam autores tentando mostrar o lado positivo e levantado discussões. Mais uma leitura concluída 📚💛 https://t.co/zhUcg1P6aV
Legal mesmo seria se vocês deixassem a vida particular da minha tia só pra ela mesma. Não importa a posição política dela, o livre arbítrio existe pra isso mesmo. Imagina que chato seria se compartilhássemos SEMPRE a mesma ideia e pensamento?! Mesmice é chatíssimo. DEIXEM-A!
rt @user eu n creio q vai chover final de semana 😭
o que fizeram com a fla tv? que coisa ruim!
@user deixa o gabigol aqui no mengão vai,nunca te pedi nada
Criei uma conta/loja no Enjoei pra tentar vender os mangás que quero me desfazer, tá aqui o link se alguém tiver interesse: https://t.co/M2mrzC51uf tenho coleções completas e alguns mangás avulsos à venda.
eu quero dois macacos
rt @user saudade do tempo em que as coisas eram recíprocas.
Não tenho paciência pra branco no rap juro mano, acho que me fechei na minha bolha social com conhecidos brancos que assimilam tudo dentro do hip hop de maneira correta e quando me deparo fora desse bolha vejo uns caras falando uns bagulhos que me dá vontade de mutilar meu pênis
@user mas pode divulgar assim?
@user você já deu pro @user hoje?
"jungkook tava fodendo a mao e olhando pro tae" ah mano vao se tratar porra
só espero que não venha mais as duas que o rocam disse que ia dar
nossa me sinto tão bem nesse namoro, não somos tóxicos um c o outro, estamos nos conhecendo faz uns 2 meses e nunca rolou uma briga (isso é um record pra mim) pq conversamos mt e nos abrimos mt um c o outro, e rola tanta liberdade e confiança 💕
vasco tá dando varias oportunidades para os meninos do patativas, muito maneira essa atitude 👏🏼🙏🏼
rt @user to travada nessa bunda https://t.co/f74abvabnp
@user antes dos brasileiros vão matar todas as abelhas.
esse povo se incomoda com a roupa que agnt veste, com a comida que agnt come, se tá gorda ou se tá magra, se grávida ou se tá doente.. mais não se incomoda com a vidinha de merda que leva, smp no colo dos outros!!!!! Deus que me livre, deixa meu cavalo andar😅
rt @user tem que juntar todo mundo e denunciar o tt desses divo aí fé
a capacidade que eu tenho de sonhar com coisas desnecessárias me irrita
final da libertadores, brasil x argentina já to até vendo 😂😂
@user Também vale lembrar que o presídio central há muitos anos é a BM quem está no comando, ajude a fazer com que a BM volte para o policiamento ostensivo, estão desempenhando um papel a qual não foram treinados e ainda falta PM na rua.
@user ela q não se respeita meu amigo, não há nada que eu possa fazer haha
@user mas tem país por aí louco pra fazer igual...
cada dia mais eu vejo quem é quem
vamos em frente meu zagueiro ♥️👊🏻
o garoto veio perguntar como eu tava e eu soh de sacanagem esse trem tá bão demais da conta
@user que dia ela chega??
precisamos de ajuda para o grupo de apoio as pessoas carentes do câncer #cajazeiraspb #cancer #solidariedade #ajudem contato (83) 9 9159-
quem pensa que a distância faz esquecer , esque que a saudade faz lembrar ...💭
@user te amo lindo
usar droga até ficar assim
@user @user quebrou a cara kkkkk
e quando o sol invade os olhos só pra te lembrar que o bom da vida nao tem preço, é hora de acordar
rt @user mais alguém fica vendo isso flutuando no olho do nada ou sou só eu https://t.co/ii4cqaxkb0
rt @user limpar o cu com bosta tá aí a moda https://t.co/piipbdoq0q
rt @user dou trabalhinho, mas tlgd é muita sorte de quem me tem
to com mil planos quando chegar no brasil e to vendo que vou fazer varios nada 😂
“iphone é ruim” mas no role:
"Que as esperanças se renovem e que o amor seja a palavra final para todas as decisões. Que o perdão seja lei e que a paz alcance todos os corações. Que as dores terminem, que as aflições cessem, que o medo chegue ao fim. Que nós tenhamos coragem para enfrentar toda situação."
rt @user mais é exatamente quando a gente está cansado,o coração distrai então a sorte vem 💭
Tem relacionamento que parece a propaganda da Jequiti Nem dá pra perceber, mas sempre que você pisca, esta diante dos teus olhos #Sextou #SextaEliteDoSdv
@user @user @user @user @user Isso é para rir? Estás na praia com a tua namorada e apanhas 1 gajo a tirar fotos,que fazes: 1-Perguntas se é por perversão ou por motivos artísticos. 2-Criticas o seu comportamento imoral. 3-Metes a viola no saco e fazes de conta que não viste.
@user @user @user não kkkk tô só mostrando que sao três falando da volta 😓😓😓
tenho o melhor grupo de amigas 💞 https://t.co/pzx19p50kp
@user trabalhando nessa intenção prima
4 minutos p power hour acabar da tempo de clica no link e vota mais uma vez vamo vamo
@user kkklllkkk pior época melhor época
minha blusa transparente ta na casa da minha irmã desde o carnaval passado e eu achando que tinha perdido kkk
@user vai chupar um canavial de rolas!
@user @user vamos bater aquele papo legal uns tapinhas tá ferrado
mais um exonerado por discordar do presidente
alguém conversa comigo por favor? estou precisando falar com alguém https://t.co/d4qtimfvmr
eu paro p pensar em como vai ser depois que eu terminar a faculdade e bate um desespero por medo do futuro..
@user claro que queixo, o combinado era entrar hj e não na segunda né deals são deals
@user estamos com o senhor!!! obrigado e continue assim 😎👉👉🇧🇷
@user só ligar para 0118 999 881 999 119 7253.
@user é um sinal pra vc parar de ouvir música de anime
@user @user se você quiser, posso passar por essa vergonha sem problema nenhum.
@user ainda escreveu tudo errado
@user demori, vocês precisam aguentar o tranco agora =/ vão querer esculachar com o momentum do trabalho de vcs. força...
O primeiro dia de #LollaChicago foi mais ou menos assim. E de pensar que eles ainda tem três dias de festival pra curtir. Como fica a nossa ansiedade? https://t.co/GGBmHQe3SI
@user ne isso.. nojo desse tipinho de gente!
R$1 Bilhão para o Minha Casa Minha Vida! Isso gerou 40 mil novos empregos diretos. O https://t.co/GArn000TMt Pres @user trabalhando para os mais necessitados. https://t.co/CTSyb1wVKv
sempre me boto pra baixo por causa de aparência e tal. Mas cara, eu sou legal pra caralho, ajudo todo mundo e smp tento deixar geral feliz msm que eu fique triste, evito varias brigas desnecessárias, perdoou todo mundo que vacila cmg, eu posso ser feia, mas sou maneira. https://t.co/KnBrL0ll0h
@user +120 ama comida japonesa +20 tem piercing +80 mora em condomínio +10 tem iPhone +50 tem tatuagem +30 fala mais de 2 idiomas +15 mais de 18 anos tenho piercing, tenho iphone e falo mais de 2 idiomas &lt;3
rt @user então é isso. o autoritarismo nem é mais disfarçado. fim.
rt @user este ano só dá verde 💚 https://t.co/gmlogzvszd
@user fofoqueira
- quero ver quem é que barra o rebolado dessa novinha, quando começa a dançar, todo mundo para pra babar e aprender
lembrando que 84 anos atrás mandava letra da celine dion pro meu 1°namoradinho kkkkk
rt @user mulher sabe o que se passa na mente de outra mulher... se eu bater neurose meu amor, não é atoa, algo tem!!!
rt @user tempo de bater cabeça com bobeira já passou, hoje em dia eu quero é paz...🙏
rt @user eu gosto de passar vergonha uhuhl!! 🤮🤮🤮🤮 https://t.co/1btnzc6r2o
@user hoje eu vo ver meu amigo tocar mas vamo sair tomar umas beras pufavo
rt @user só discorde em voz alta se vc for de recife para q eu possa ouvir o sotaque delicoso enquanto vc discorda https://t.co/roqpr…
@user tristeza kkk um bairro aqui de poa não me toque kkk
@user @user @user Não só teve, o encontro com o povo baiano, como foi apoteótico...Show ! O Presidente é um cara retado...👉😎🇧🇷💛💚💙
Que mundo é esse onde estamos que, de repente, vemos alguém falando, em outras palavras, "nazismo até que valeu a pena"? Mas que merda!
#STFVergonhaNacional COMPARTILHEM...DIVULGUEM. LEI ANTI CRIMES JÁ. LAVA TOGA JÁ. REFORMA TRIBUTÁRIA JÁ. CHEGA DE CORRUPÇÃO. CHEGA DE ROUBALHEIRAS. FORA TOFFOLI FORA GILMAR MENDES FORA ALEXANDRE DE MORAES FORA LEWANDOWSKI FORA MARCO AURÉLIO FORA CELSO DE MELLO FORA ROSA WEBER https://t.co/mgWAgPjSH6
@user fonte: vozes na minha cabeça
rt @user que eu saiba, ninguém https://t.co/ghwrlpwbo1
@user cidadão de bem merece proteção, esquerdistas merecem borrachadas.
conversando com meu amigo gringo tm
trabalhar com dor é igual namorar sem amor não dá certo
@user eles falando de lucas a aranha sabd https://t.co/t7xk3kyqrk
@user exatamente
rt @user olhaaa quem apareceu! que lindo! paulinha na fab https://t.co/b1ovtbhkys
rt @user autoras, ajudem aqui por favor! vocês preferem escrever/postar no wattpad ou no social e por quê?
rt @user nosso sentimento dia 10 no chp, já tô vendo que vou chorar horrores kkkk
rt @user flyer da resenha do dopa ficou nojento 🤮
@user mano eu pensei demais nisso vamo? aaaaaa
@user grande professore 🤗💪
doida p pegar uma praia de novo
Teremos dois duelos brasileiros nas quartas de final da MAIOR COMPETIÇÃO DE CLUBES DO MUNDO!! LIBERTADORES: 🇦🇷 RIVER PLATE X 🇵🇾 CERRO PORTEÑO 🇪🇨 LDU x 🇦🇷 BOCA JUNIORS 🇧🇷 PALMEIRAS x 🇧🇷 GRÊMIO 🇧🇷 FLAMENGO x 🇧🇷INTERNACIONAL https://t.co/hnTfgstsYl
@user @user As previsões de vcs estão iguais aos institutos de pesquisa que contratam. O povo que tem um mínimo de noção política, sabe que, se Jair Bolsonaro não é o melhor para o Brasil, Ciro, Haddad e Marina são menos ainda. Aprendam a perder, #FicaaDica
@user e uma touca pra não cair cabelo na cena do crime
não conhecia o trabalho dele, amei
rt @user trezentos e oitenta e dois #mpn #tazercraft
@user horrível!
vou comprar fp kkkkkkkk fodasi
auge do gay padrão é colocar um ator pornô no icon
@user no dia que minha filha completa 2 mês
odeio gente desse tipo cr, n consigo olhar na cr dela
vc n vale nada mas sou apxnd por você snrz — calúnia isso aí https://t.co/kpnn1o2t9w
Atenção... Vc pode gritar LULA LIVRE! E achar que ele não é inocente. Pois o que se vê através do que foi descoberto é uma terrível armação para condená-lo. Continua... https://t.co/Cyw7biSKtI
rt @user mano a moça que trabalha lá em casa kkkkkkkkkkkkkkkkkkkkkkkk https://t.co/uxydzj5wih
gente sabem algum app pra fazer figurinhas pra iphone???
@user isso é porque nunca comeste um sundae de chocolate como deve ser
logo mais vai rolar o fut
@user @user vai comer o bebê também?
podia não kk
começamos a assistir pica - pau com o andré e infelizmente a gnt teve q parar pra aula , mais foi muito massa kkkkk todo mundo concentrado
Eliminou cinco pessoas no paredão, indicou duas pessoas que saíram, ganhou cinco provas, eu chamo de campeã por merecimento e vocês? PAULINHA NA FAB
hoje eu vou estar beeem menininha conceitual
@user eu n sou mt boa com isso masss; fala pra ela o quão importante ela eh, que vc ama ela, q vc se importa mt
alguém me diz q grupo e esse q a sm qr enfiar o jongin e baek??
acabei de ver uma matéria no jornal dizendo que agora as mulheres na arábia saudita têm o direito de viajarem sozinhas (sem o marido), trabalharem sem precisar da autorização do homem, etc... fiquei tão feliz e tão triste ao menos tempo que até chorei
@user gosto tanto de comer 🤦🏼‍♀️ chega dar vontade de chorar 😥 mas preciso emagrecer 💪🏻
minha paciência hoje foi da uma volta na casa do crlho. .. 😤
Não tem como dar errado , sucesso a frente , população feliz , esquerda frustrada e sem discurso !! 50 anos pisando neles , dessa forma , eles não voltam mais , novas gerações bem educadas e sem militância política nas escolas !
queria concordar nao, masssss é vdd kkkkkkkkkk
@user a maioria é, eu não sei pq o pessoal do anitwitter tem essa tara tão grande por p3, pra mim p4 é bem mais jogo.
asap rocky ser julgado por agredir um cara que agrediu uma mulher já mostra o mundo que estamos
o jeito que o nordestino pronuncia o t o jeito que todo o resto só fala merda
OPINIÃO: "STF não pode usar superinquérito para pausar investigações e afastar Deltan". | @user https://t.co/2tDe4vnmQ2 https://t.co/ut1RZI3Mqn
Plataforma aberta para toda a comunidade (não só da UFRGS!!!) Vem que tem curso do meu projeto sobre a política nacional de saúde LGBT e sobre educação pras relações étnico-raciais TA BOM?????????????
todo mês vou postar una foto assim 😂😍 https://t.co/h3u8yb07l7
@user @user @user Ué??? O cara disse que foi ele, e pelo o que vc disse, basta falar que é verdade e vc acredita. Ou nesse caso não é assim?
rt @user só nessa foto tem três jeniffer 😂😂😂🤦🏽‍♀️ maraca com as amigas que eu gosto❤️❤️ https://t.co/9xnhsje4l9
@user pelo menos comeu. eu até agora nada de nada
se eu ganhar raspo minha cabeça https://t.co/ucfwfabmam #sorteiochipart
rt @user será que eu sou importante pra alguém
ninguém te valoriza até você colocar uma foto com outra pessoa
e essa vontade de ir que não passa!!!! 😖
meu quarto tá arrumadíssimo, n parece nem meu quarto ❤️❤️🥺
la casa de papél vicia mesmo rs
@user amiga, quer saber, quero não kkkkkkkkkkk eu tinha até falado com c no whats mas eu tenho que arrumar a casa, tem boi nao
@user vc não é tão jovem mais quanto pensa
@user sim, amiga! fiz antropologia visual com a Carla Delgado. Não tenho mais a bibliografia dos textos que ela passou em aula, mas acho que se você mandar um e-mail pra ela ela te manda suave, pra vc dar uma olhada etc. mas só vai! Quero ver depois ❤️
rafael luca nasceu! o filho do rafinha 👏🏻👏🏻👏🏻 parabens, papai https://t.co/9pfmgemrom
@user Era aula de ciências, a minha preferida, com meu professor preferido, o Nelson E o Ricardo, meu coleguinha, na hora que eu tava fazendo a atividade, muito concentrada, começou a fazer uns carinhos na minha mão (que obviamente eu não curti, já que estava muito concentrada) +
mood sextouu, até uma formiga me faz chora no dia de hoje
sdd de passar raiva vou joga um lolzin🤔
@user amiga nn to conseguindo... me manda uma mensagem pls 🙏
@user jamais. aí acaba o país.
rt @user morreu antes de nascer https://t.co/i8cmwnh7r9
@user @user só resta o kkkkkkkkkkkkkkkkkkkk
mnr tem como comprar o telefone e pegar no mesmo dia, ja quero
@user kkkkkkkkk pode ser o sr wladimir de araraquara (que fica perto de moscou). vou aguardar.
odeio ficar com vontade de comer/beber coisas que eu não gosto, porque aí eu tomo e fico reclamando por 3 horas seguidas
@user nada mais me surpreende nessa justiça
@user ah, então não sei não kkk
aí q nojo desses tipo de pessoa
jogar tft c o pradin é pedir p passar raiva, cagado dms
não importa o que aconteça eu sempre sou a errada da história
rt @user ⚛ a verdade é heroína! ela sempre vence, porém, o problema são os estragos antes da vitória . https://t.co/cjxoorsybq
essa é a única promessa que não esqueço. não me orgulho disso, mas não pretendo mudar.
mano, os cara do psl é tão burro que não sabem nem mentir, incompetentes demais
nunca consegui chegar no front numa festa mas acho que a primeira vez to guardando p bolghar
Equilíbrio nas formas . . . . . . . #cobrire #pergolado #pergola #pergolados #pergolas #pergoladodemadeira Publicamos somente fotos autorais... preferimos contar a nossa história, não a dos outros. . Foto by @user https://t.co/cRuKtTmpu5
rt @user ouça gui gold - os amigo (prod: david gomes) de gui gold no #soundcloud https://t.co/u4h0bhehtj
faltou nomes nessa lista kkkkkkk
torcendo pra bateria do fone aguentar até o final do dia 😭😭
50 milhões na minha conta e o resto eu corria atrás, simples.
provavelmente os simpsons ksks
rt @user aqui reside a verdade absoluta. se quiser discordar, discorde aí na tua casa... https://t.co/xl3wphkv07
@user kkkkkkkkkkkkk idêntico mano
Samuel pega no meu pé até hj e eu nem to mais no vôlei e ele tbm nem treina mais o volei fem da humanas mas ele n pode ver uma oportunidade de pegar no meu q vai igual o Túlio
dia internacional da cerva vamos comemorar amigos
por favorzinho não levem o fato do jimin ter ficado com o papel da camila como esteriótipo pelo amor gente, eu já fiz Locks da pequena sereia com as duas versões do jimin sendo a ariel e do jungkook sendo também então sem preconceito nesse projeto, achei que combinaria e fiz ok?
lá no céu tem um amigo meu ta tranquilo, ele tá com deus😔💔
@user se for o tal do padre joãozinho já dei blok nele. cara chato!
@user indo p onde
a sm quer tirar a empresa da beira do abismo explorando mais ainda os seus grupos, primeiro de tudo não devemos jogar hate em cima de grupo nenhum e sim reclamar em cima da empresa que é uma merda e nem sabe administrar direito os grupos #SM_보이그룹론칭_취소해
@user o bom é que esse tweet é universal, vale pra todos. concordo com vc tiago!
@user você está no país errado padre, muda para a venezuela ou cuba e faz ajuda comunitária.
feliz aniversário meu amorrrrrrrr 🎂🎉 @user
mas quebrar um ovo é a coisa mais fácil do mundo meu pai
rt @user "nenhuma arvore pode crescer até o céu sem que suas raízes desçam até o inferno."
nem conto as vezes que fui assediada em uber
um stf que tem lado? #stfvergonhanacional https://t.co/tlkzbnokd9
@user kkkkkkkkkkkk foda irmã, imagina
minha orelha chora por um piercing novo
daniel tá me ignorando no insta e postando foto no status do whats
@user não te culpo por pensar assim vc é esquedista
@user @user @user @user Entendi, pois é, ele geralmente notifica uma nova atualização, mas como pessoa comentou que o tamanho da Demo aumento, pensei que poderia ter ocorrido de forma que não notificasse.
t amo filho 💖💖💖🐢 https://t.co/zaqld25c2b
rt @user @user fica fazendo carinho no meu cabelo 🥰
@user Vamos deixar outra dúvida razoável! . O @user não pediu nada pra mim! Você ajudou na vaquinha do Zé de Abreu? Então cada um com o seu !
Geeente me ajuda!!! Retweet isso por favor só pra ter um alcance Se quiserem compartilhar no Facebook o link https://t.co/dRGKlOZ8Nt https://t.co/hB58b08siN
depois q eu quase morri no hospital eu dou muito valor nisso
@user se faltar uma já não é a mesma coisa
@user muito legal sua reflexão
sextouuu em casa
@user @user @user @user Estava a falar do Félix porque é um caso disto mesmo e o tweet inicial era sobre o Félix. Querias que fosse falar do quê? Do Ronaldo?
@user ela pode usar o plano de governo dele, hehehe
@user tinha que ser homem branco kkkkkkkkkk
rt @user aprenda a não forçar mais as coisas. o que flui, flui; o que termina, termina. e o melhor sempre está por vir 🙏🏽
rt @user já ficaste a olhar para uma mensagem e a pensar “como é que eu respondo a isto?”.
rt @user a forma como ragnar morreu 😭😭
rt @user spoofing é o nome da operação que busca hackers https://t.co/hxim2jg7n2
rt @user pegar um solzin kkk https://t.co/1m94uzln7z
🗞 Olha que novidade bacana para os ritmistas do #Salgueiro. Através de uma parceria com o projeto Maracatu Brasil a Bateria Furiosa fará um workshop de ritmos durante as aulas que acontecem todas as quintas, às 19h na quadra da escola. https://t.co/PQlR4IqACT
você sente falta de alguém? — sinto https://t.co/n437hneksi
tô fazendo um desenho da cersei e espero que esse preste.
Já a candidata Kamala Harris disse que financiará um programa de assistência médica que custará US$30 Trilhões sem aumentar os impostos da classe média. Questionada como faria isso ela respondeu: “Fazendo. Wall Street.”😂 Kamala é Ciro.😄 Primárias Dems=🍿 https://t.co/9hDsma8YrD
a tranquilidade de entrar no uber, estando junto com um homem, o q o e tem de gigante, tem de injusta.
rt @user eu só queria um pouquinho de atenção, carinho,um chocolatinho e ouvir um " você é meu nenem"
@user @user @user Fala um clube que corrompia tudo e todos, árbitros incluídos com putas, senhoras do sexo, isso mesmo... 😂😂😂
o auge de falta de noção da jk foi em relíquias da morte trancar TODOS os sonserinos nas masmorras durante a batalha com a desculpa de que eles não lutariam contra os próprios parente. GAROTA EU DARIA TUDO PRA DAR UM SOCÃO NA MINHA FAMÍLIA INTEIRA https://t.co/2Wf1yxcu9C
rt @user sexo é íntimo e sagrado, seu corpo é um templo e vc não deve compartilha-lo c quem não gosta de naruto https://t.co/rqwxlzb…
É possivél ter duas contas de whatsapp no mesmo celular? Acesse o link e veja algumas formas de fazer isso. https://t.co/RwjR9TLSpr #WhatsApp #Android #contatos #smartphone https://t.co/5X3g5u8NkB
@user parabéns meooo, cada sacrifício sempre vale a pena e olha o tanto que você evoluiu até aqui, você consegue o topo!!!! 🙏🙌💙
@user Eu sigo ao menos umas 100 pessoas por dia q não me seguem se volta, no dia seguinte UNFULLOW!😉 #STFVergonhaNacional #NasRuasContraSTF
@user tem razão! na próxima pego um print e apago o arroba dele.
hoje tive a experiência de que ser técnico não é tão legal não em😂😂🤦🏻‍♂️🤦🏻‍♂️
vou parar de sair quinta se não uma hora eu vo morre
@user nada mo, fico feliz que te proporcionei risadas https://t.co/rrnaipbbj3
Oh, God. Acho q sou insensível! Embora tenha achado uma lambança por parte do PR, acho que isso esta sendo hiperdimensionado com o único propósito de desestabilizar e tumultuar o gov. Presidente da OAB chorou ao ver frases de Bolsonaro: 'Nunca foi fácil' https://t.co/9o1ufkRdZX
sem nenhum defeitinho
@user @user @user @user Nunca precisei disso, a Loh sabe que tua ex que quis ficar cmg, tenho minha consciência tranquila, não preciso ficar aqui no twitter pagando de braba. Tá com problema cmg? Vem até a mim e resolve, ficar no twitter tentando me atingir (com mentira ainda) +
possivelmente minha filha né mores
segundo kkkk
@user @user Todo dia é uma bofetada do STF em nossas caras, isso sim! #STFVergonhaNacional #NasRuasContraSTF https://t.co/fsoVvKPQTW
@user No tocante à questão aí, essa terapia não pode chegar ao Brasil! Se isso acontecer, aquele moço que faz arminha com as mãos não terá quem o chame de mito, talquei? Quem fará figuração nas aparições dele para o aplaudir?
@user kkkkkk apenas fatos amg, liberta de 2013 ces n pegou um time grande, e os q pegou, maioria dos jogos penou pra passar kkk
ter intimidade com alguém é tão incrível ce pode falar o que pensa, ser você mesmo, sem medo de falar qualquer assunto.. isso é muito bom
finalmente em casa😇
rt @user vocês viram a foto que o dream postou e apagou? resposta nas replies
rt @user °°au larry - sign of the crime°° 193 - luke vai tá lá pra me proteger sexta 13/02 https://t.co/ttpkew1y7x
não ganho nada falando da vida dos outros.
• por que você não fala com seu pai ou mãe pra lavar o carro durante uma chuva? isso ajudaria a economizar água e a chuva tiraria todo o sabão. • use menos menos papel, plástico e, se usar, não os jogue no chão, os jogue no lixo. • ande mais a pé, de bicicleta ou de busão.
rt @user o jaehwan andando do lado do ab6ix eu to tao orgulhosa, ja pode virar novo membro #mgma https://t.co/qrfzuh1v9u
rt @user mano, ela não tem piedade de mim https://t.co/kc6ktsbuos
eu amo a cara de cu quando um pm me dá um dura e nao encontra absolutamente nada nem um isqueiro 😭
@user pode parando
happy feet eh o pior desenho já criado que porra irritanteeee
rt @user não é só o seu sorriso. tudo em você é lindo.
ai como eu fico irritada fácil mds
até hj todo mundo nota que eu caminho meio torta
eu não consigo acreditar q adriano ja vai fazer um ano
@user leiam antes. calma, não estou me posicionando a favor nem contra, mas leiam.
@user infelizmente a justiça do brasil está inexistente e alguém tem que tomar uma medida urgente
@user olha pra mim se tem capinha do iphone xr e se são bonitas
roubado da rede ao lado https://t.co/g3zvt7dk1e
@user e eu que tenho uma capinha que de tanto usar , quando cai o cell ,cai ela e minha presão
é difícil esquecer o ex com minha mãe falando dele toda hora kkkkkkkkkkkkkkkk
@user linda, saudades ❤️ essa noite foi perfeita https://t.co/hukqsheyrm
eu com uns 4 quilos a menos ia fica um nojo
@user seria até bom se fosse só na cabeça dos brasileiros, machismo permeia em todo lugar.
@user @user encontramos uma foto sua depois de ver os vídeos da recepção do presidente. https://t.co/gq1pumezxa
o problema é que no brasil quando um amigo quer falar sobre uma ótima oportunidade de negócio é sempre hinode kkk
meu deus 🤩 @user lembras-te ?
no meu caso é pq é a vdd mesmo
tá certo kkkkkkkkk
rt @user é muito chato esperar todos os dias por uma mensagem que sabe que nunca vai chegar, mais que a esperança é sempre a úl…
rt @user falta de injeção no posto, na farmácia, povo quer q eu fique grávida de qualquer jeito, olha soooooó...🙄
rt @user bostonaro, militares e #vazajato cometemm a mais alta traição ao país https://t.co/kjr1vfpvtt
lavei banheiro, limpei meu quarto, minha casa, lavei a louça, passei aspirador de pó no sofá... estou o poço do cansaço!
@user jornalista investigativo 😂😂😂😂😂😂 sério que parece post se humor
[02/08/2019 13:44:45] rani: foto de rg [02/08/2019 13:44:58] Lia: Cpf [02/08/2019 13:45:08] rani: cpf nem tem foto [02/08/2019 13:45:21] Lia: Nem eu te perguntei se era foto de rg o jeito que o lia me trata mal é diferente 😍😍
@user @user vai dormir moleque, ser feliz zuando os outros é feio
@user pior q n usa kkk
rt @user passando pelo pior, pra lá na frente receber o melhor!!!!!! 🙌🏿
@user @user posso dormir na sua casa nikao?
se você soubesse pelo menos metade do que já passei nessa vida, você iria tomar no cu e não tomar conta da minha vida.
queria ter um crush p dormir junto hj! 😬
GAROTA VC É PERFEITA ENTENDA, essa au é maravilhosa, eu curti cada segundinho junto dela... parabéns pelo trabalho, você é maravilhosa!
eu ia saber de que bala tu tava falando frequentadora da yes
ai que saco vou fazer trabalho nenhum, estudar p tirar 10 na prova e tá bom
@user @user @user ok miga. mas sobre imc, eu ainda acho que seja manipulação de padrões estéticos e não sobre saúde. eu posso nao ter o peso ideal pra minha altura e ser saudável, logo, imc é balela
"arábia saudita passa a permitir que mulheres viajem sem autorização masculina" https://t.co/0np2stclkz
@user diga-me tudo não esconda-me nada. 🙆🏼‍♀️
@user Provavelmente será isso, vamos lá Esquadrão filmando em setembro deste ano, chega em 2021, Batman filmando em Janeiro de 2020, chega em 2021, Shazam filmando em Março de 2020, chegaria em 2021 tranquilamente, Adão Negro filmando em Junho de 2020, chegaria em 2022
@user mano sem explicação pra pessoa maravilhosa que você é, tenho um carinho muito grande por ti, obgdo por tudo que você fez por mim e pelos seus conselhos que eu nunca seguia também kkkk, mano eu só sei te um coisa, eu te amo pra caralho chata❤
carai o tamanho das garra
to com umas brabinha pra lançar, mas só de pensar que vai ter varias copia , desanima legal
"ela me olha e vê um banco..."
STF COM GARRAS AFIADAS ATACANDO A LAVA JATO "Moraes determinou a suspensão imediata de procedimentos investigatórios instaurados na Receita Federal que atingiram ministros do STF e outras autoridades" — https://t.co/FJ9Wh1vvGx
"sdds" 🤣🤣🤣
@user boa sorte nessa nova caminhada! 👏🏻
tomei uma cerveja na hora do almoço, tô pensando nela até agora. 🤤🤤🤤
@user Ô @user e @user Dá uma chegadinha aqui pra ver que processinho lucrativo por calúnia e difamação vocês podem iniciar contra a @user e o @user https://t.co/6T9yuWtkS6
sextooou e eu nada pra fazer !
rt @user ai sou muito gay por ela https://t.co/jokk7amnj9
tudo que eu quero precisa nem dizer #mpn #lorenaqueirozig #lorenaqueiroz #giuliabenite #turmadamonicalacos
bolsonaro é o espírito das trevas que despertou o que há de pior na nação brasileira. https://t.co/m3sdnexmrm
Planos: acordar cedo, tomar café, dar faxina na casa, ver a Lola, almoçar, lavar o cabelo, ir pra psicanálise. Obstáculo: acordar cedo Realidade: tomar café, tomar banho e lavar o cabelo em 30min, ver a Lola, correr pra tentar chegar com 10min de antecedência.
@user caralhooooo
rt @user @user olha a musica @user #mtvhottest justin bieber
rt @user se eu fizer um videozinho desse de novo, vcs iriam querer participar? https://t.co/nf6v0jkhgq
meu deus mano que merda ver alguém que vc ama sofrendo e não poder fazer nada além de abraçar e tentar confortar com a sua presença
• ninguém escapa do rebuceteio • te beija e já quer namorar • se tu da uma esperança já significa que cês vão casar e morrer juntas • até hétero gosta https://t.co/ox8o3MDKSY
@user perfeitos os dois
Fui no motel com meu melhor amigo p realizar o sonho dele q era tomar banho na hidro comer pizza brincar de quem aguentava mais tempo na sauna e passar sufoco p encher a piscina pq n sabíamos como enchia até ligar p recepção e a mulher dizer q ela q enche kkkkkkkkkkkkkkkkkkkkk https://t.co/hG22VSA86w
rt @user me chama de sexta feira e diz que ficou a semana toda esperando por mim
Fux proíbe a destruição do material roubado por hackers e pede uma cópia das mensagens, depois que ele ler vai dizer: - Rápido! Destrói logo essa poha!
rt @user qnd a gente se junta @user @user https://t.co/2ansleojef
@user tá pedindo a sua opinião sobre alguma coisa, só nn sei quem inventou kakakak
Sabe o problema de comparações? Terá sempre quem vai puxar os dados pra um lado ou para o outro. Ah, tem o torneio de peteca em 1920 ou o gol-a-gol antes das partidas em 1940. O que vale hoje é vencer, pois vale 3 pontos e não deixa o rival fazer 3 pontos! https://t.co/uelqKyX8UM
@user o juiz da 10vf de brasília tem que apreender muitos passaportes e rápido!
@user você acabou de falar que sou perfeita. como assim?
@user n por nada mas acho que é justamente o contrário hein
rt @user homem de brinco na orelha é a coisa mais linda vcs tão loucos https://t.co/hoz2fdf0at
eu não tinha a mínima ideia eu juro que chuteieeeeei
puts tadinha kkk
deve ser foda ne, trocar todas as amizades por um relacionamento e com o medo de um dia vcs acabarem terminando e tu ficar sozinha sem amigos pq la trás abriu mão deles🤷🏻‍♂️😶
rt @user as vezes ficar quieto pode ser a forma mas inteligente de agir 🤫
e preciso sempre sonhar e acreditar...
@user mano eu te amo e eh real
@user haushauahauahua ai amg, vc está fazendo falta 😰
Bom dia! Sabia que o NOVO está fazendo um abaixo-assinado CONTRA o aumento do Fundão Eleitoral para R$3,7 bi? Se tu também é contra tirar dinheiro público de áreas prioritárias pra sustentar campanhas eleitorais, assine já! #MaisFundãoNão https://t.co/uKUIcHnTt9
já falei amore não sou moradora de rua não sou policial militar federal civil portadora de cpf e cnpj estrangeiro de hong kong e hiroshima
n sei quem é mas se o quizur falou ta falado 🖒 https://t.co/dz45tivple
O que combina com sexta-feira? 1 hora de #KPOPNaRadioRadical com a @user Prepara-te para ouvir tudo, já a partir das 19h 🔥 👉 https://t.co/GyUa8cyvjW https://t.co/IZ19atXM0B
@user @user uma luz 💡
rt @user acordando mais um dia sem saber dançar igual a taina costa https://t.co/ykiwygwfw9
A felicidade em ver a pessoa que alegra nossos dias nesse lugar, ajuda e lembra de todos nós a todo os momento, feliz e grato, não tem preço ❤ Esse homem é um exemplo de força, simpatia, alegria e humildade https://t.co/jOao7ay5Wa
@user @user pqp! isso ai so me lembra prison break
rt @user você é livre pra fazer o que quiser, mas quando fizerem o mesmo com você, mastiga e engole!!
@user é uma palavra havaiana e quer dizer o que te lembra
@user Quando estou quase esquecendo deste vídeo aí vem alguém e melhora ele com essa música de fundo kkkkkkkkkkkk rindo até 2026🤣🤣🤣🤣😆😆😆
@user isso foi antes da prisão dos hackers... em breve a casa da menina vai cair.
sone acordando depois do dia 1, lembrando que saiu foto ot8, muitos videozinhos das meninas juntas e ainda teve musica nova da tiffany https://t.co/YCC1fFZ6Ge
eu to conversando com os outros c minha voz d telemarketing sem perceber help
rt @user não seja maldoso, é pura amizade. https://t.co/nfj6wwea3x
@user minha mãe tá tomando um complemento multivitaminico e tá funcionando bem tem as pílulas do imecap hair também que eu sei que funciona pq mamãe já tomou, mas elas são meio caras
Minha mãe pegou meu pc e falou pra eu colocar a senha "entra aqui Ryan" aí eu "entra aqui aonde?" Ela chegou como "você é uma pessoa mal amada, gosta de fazer nada pros outros". Eu fiquei tipo ¿?
fazer do fumo cuspo, fazer do cuspo fumo. puta que pariu o anti-brunismo, alimentado por criminosos, ignorantes, ou pelo raio q partiu o sporting, q dão colo a q se brinque ao terrorismo em tribunal. puta q pariu o futebol português. ide para longe da minha vista.
aliás say my name e our farewell são minhas músicas favs
rt @user trabalhar pra fazer uma rinoplastia e colocar silicone https://t.co/emvybloouk
octavia blake maior lixo humano possivel
to tão triste 😭😭😭😭😭 será que alguém poderia me levar 🚗🚌🚲🛵🚘✈️ pra um show do jack &amp; jack? 😭😭🥰🥰😍😍😘😫😫🥺🥺😩😩🥺👬👬👬👬👬
Alguém pegou ah era wings ?✊🙆‍♀️ Me : infelizmente não kk queria ter pegado pq todo mundo diz que foi perfeitaaa😔✊🙆‍♀️ https://t.co/oXAGce7cal
precisava!!!
@user @user claro tinhas dúvidas 😝
meu sonho ter um desses em casa. imagina você chegando e ele se pendurando na mobília pra ir te abraçar 🤩
@user tenta, p tu ver como a situação vai ficar p cima de tu
me fala o que você quer? https://t.co/zi9hlpbker
sera q consigo te pegar antes do aquecimento global matar todo mundo?
rt @user quando estou numa escolha múltipla e do nada mudo de opção https://t.co/xldxhq0exz
minha stan número 1 desse site amooooo
@user Quanto não deve ter sido pago por esse mural??😆😂🤣🤣 Pai amado, é feio mesmo, dou toda a razão de sua insatisfação!🤦🏻‍♀️🙈🙊🤣🤣🤣Qual o artista?😯😳😬🤣🤣🤣🤣
@user valeu!! e o pré olímpico fica como?
vai besta 😂😂😂😂 casquei com a ultima foto
nao se trata de um projeto futuro caralho o grupo ja foi visto no predio da sm e o planejado eh qe debutem agora no comecinho de agosto ou seja ja ta praticamente pronto essa merda entao vai cancelar pra qe caralho???
essa semana tá show mesmo. quase 3 dias sem dormir. a cabeça tá legal sim
nada ve tu namorando mas fazer o que — mas eu não tô namorando https://t.co/qfoz0keigo
rt @user fica divulgando oq ta acontecendo no bdb e nem mora aqui, essa porra não é novela não, tmnc.
tá acho que o garen passou dos limites
[🎉] Em apenas 3 dias, o MV ‘FAMOUS’ de #Taemin já ultrapassou 2 milhões de visualizações! Continuem dando amor ao MV! ➡️ https://t.co/Yset0gSD6S https://t.co/qDWVwDW54e
rt @user a produção desta capa custou 1 cêntimo, o suficiente para comprar 20 jogadores! @user em liquidação! https://t.…
to vendo gente que não tá nem ai pra futebol ou pro são paulo, comentando do daniel alves. é o efeito que um jogador como esse causa!
não acredito que eu vou me mudar pra minas aaaaaaaaa
rt @user sexo é íntimo e sagrado, seu corpo é um templo e você não deve compartilha-lo com quem é cessacionista https://t.co/55oywt6j…
a mnet boicota o loona e ainda vem PLAGIAR o conceito UNICO e NUNCA feito no kpop, mas vamos ter pena dessa cadelinha da mnet sem originalidade ne mores https://t.co/BqrpwMVJ6x
@user @user É falta de BOAS (ótimas) contratações! Seria leviano de minha parte dizer q não contratamos muitos jogadores. Mas jogador q muda patamar de um time foram poucas. Então q se tenha ambição e q se faça poucas, mas BOAS (ótimas) contratações. Q se tenha mais critérios.
@user @user que lindo meu deus 😍
NOJO de quem namora e dá em cima de outros Cara, traição não é só ficar, traição está no desejo, traição está nas conversas, traição está nas suas mentiras tbm
@user @user @user olha você suas #,não tem nem vergonha né gado!
@user Respeitamos sua opinião, mas é importante todos saberem que as contas públicas do nosso país já não estão fechando e algo precisa ser feito. Se quiser, podemos te ajudar a conhecer os principais pontos da Nova Previdência, acesse: https://t.co/w80srkLJry #BoraPrevidenciar
@user @user Aahhhjj vai se cataaaa, chamar adv de put***, PODE, chamar o ministro da justiça de chefe da quadrilha PODE, Chegaaaaaaaaaaa, BASTA. VITIMISTA VAI TRABALHAR VAGABUNDO
comprei umas outro dia, e ainda não usei 🥵
a decisão do impeachment dos togados depende do @user federal. vamos às ruas pressionar! #stfvergonhanacional
@user @user agora desenha pq ainda tá difícil
O tesão do OtávioOswaldoJornalistaPremiado no @user está evidente hoje. Ele é um gato mesmo, a gente também acha. E também é um cara decente, deputado federal eleito, de esquerda, ou seja, "um partidão", como diria a minha vó. https://t.co/EuBJ3h9i7x
Que tuíte CANALHA 1-Criminaliza a Instituição CAIXA por crime de UM funcionário a mando de OUTRO criminoso. 2-Cita nome de um CEO pra animar a plateia! 3-Joga lama no BNDES onde está mais que provado não tem lama! Que pessoa lamentável e que ainda quer passar por profissional. https://t.co/RWChSwE6yW
carol não quer deixa eu trabalhar mane , toda manda msg essa fdp 😡😡😡😡
que homem meus amigos
@user lindo
@user soltem um áudio bem cabeludo. 😈😈😈😈😈
@user @user @user @user ninguém fala assim em são paulo
deitado esperando o philipe augusto vir me buscar pra me levar pra paraisopeba https://t.co/pqr6g7dag0
o que falta nas pessoa é respeito, se tu sabe que o local de atendimento fecha 13h NAO DEIXE PRA VIM EM CIMA DA HORA!! as pessoas precisam sair pra almoçar, nem todo mundo ta disponivel o dia todo pra te atender so pq tu nao quis sair cedo de casa
Fui almoçar no shopping agora..Olha a senha que saiu pra mim..Como sera que a menina do caixa sabe disso.rsrsrs..Amei e achei engraçado. https://t.co/ptQ82GuYOs
eu amo demais a mara na moral kkkkk
Seguindo a lógica de alguns aí... Esse mural também deve ser considerado feio de doer... Não se enganem... Ignorância não é uma benção.
@user assim é medo de ser deixado considerando que somos feio
E eu tenho visto muitas oportunidades de Deus para que eu faça esse tipo de coisa. Minha igreja é muito aberta a isso ao nosso “ide”. Ela mesma faz uma assistência a um grupo de mulheres. Enfim, eu tenho muitos planos e estou muito feliz e grata por isso!
Quem ler esse tuite pf ajude! Vamos alcançar um número estrondoso com essa tag. O STF precisa respeitar o povo! Se todos nós nos unirmos, vai bombar! Conto com vc talkey? #STFVergonhaNacional
4. nossos esforços cotidianos para reduzir o uso de água em casa são importantes, mas são insignificantes comparados à eliminação da carne do cardápio, uma vez que são utilizados entre 10 e 20 mil litros de água para produzir apenas 1kg de carne bovina.
eu to puta num nível. me fale a verdade porra, to nem ai, mas não venha de mentirinha pra cima de mim não, que eu descubro toda vez
O projeto quer que os meninos se expressem livremente, além de superar os velhos estigmas como "menino não chora" ou "você é um homem ou um saco de batata?" https://t.co/Pnvi9CgnKF
@user claudio!! é muita emoção para um único dia!!
@user @user Engraçado que o clube pediu empréstimo pra paga o salário atrasado , agora paga o salário acima de 1 milhão, cadê aqueles jornalistas paulista Perguntando aonde vem o dinheiro pra paga o salário
rt @user como estarão quando lula for solto... https://t.co/xjyujydkbj
@user @user q lindoooo diferente de muitos ai ele é professor amiga rss
rt @user - você me estressa - oq eu fiz? - nada
@user @user estamos ricos brasil ta trasbordando de dinheiro pra isso
o quanto que eu sou grata por ter a Andressa na minha vida, não tá escrito. sem sombra de dúvidas, é uma inspiração de ser humano pra mim e pra muita gente, tem um coração imenso e só pensa em fazer o bem ❤ meu orgulho por ti não se compara a nada, bem! obg por ser tão incrível
@user @user #nasruascontrastf #stfvergonhanacional #foraglobolixo olha isso ai dragão https://t.co/1ybsoa95gh
@user Esses aí não representam os indígenas, são apenas militantes comprados pela esquerdalha imunda!! Que não tem o menor pudor em cercar e intimidar uma família! Berra e estrebucha você, vagabundo!! A esquerda tá morta!!!!
eu e evelyn fazendo planos pra hj sem dinheiro, é a melhor coisa kkkkkkkkkkkkkkkklkkkk
enem olha o que vc fez comigo.....
que capa fulera, deveria ter colocado a imagem dela na prancha o disco eu gostei
rt @user lindo https://t.co/b9cxcfoqct
não gostam quando ligam a palavra gênio ao mal, muito menos ao hitler, esse comentário é mais nazista que a postagem, fato
casa sobrado, bairro freguesia do ó https://t.co/jbwf9rtyr8
Odeio meu corpo, o formato do meu rosto e o meu cabelo. Odeio não ter autoestima nunca e me sentir insuficiente para absolutamente qualquer um e qualquer coisa, queria mudar muita coisa e não consigo. https://t.co/aNOvC750XK
rt @user acordei e n foi na tua cama o dia ja começa errado por ai
mudaria algo fisicamente em você?? — sim, queria que meu rosto fosse mais fino e ter a barriga chapada https://t.co/qmjknmf3fp
amy lee arrecada 800 dólar com 30 shows em turnê com a banda evanescence
meu peito ta doendo, tomara q seja infarto se for amor eu to ferrado, ai vai ser pior o estrago kkkkkkkkk🎶
@user oxe, na moral q a epic vai fazer jogar com skin randomica?
@user Esse cara é misógino e certamente sente tesão por outros homens. Conheço vários assim: cristão, casado, pai, sempre que tem oportunidade destila ódio contra mulheres e tem um grande tesão reprimido por homens. Nem da ibope pra criatura, Patrícia, é mais um medíocre bolsonarista.
rt @user não mudo por ninguém. não gosta de mim? foda-se. 🤷🏽‍♂️
caralho to com o maior bração
rt @user 🌟 parabéns ao @user pelo daesang m2 top video no m2 x genie music awards 2019! 🎉 https://t.co/visudlh8d6
@user @user não acredito que esse blogueiro escroto está defendendo os ministros do supremo..
@user @user @user #fsradiobrasil a festa que vcs mostraram de fogos ontem não era do Flamengo e sim do Fortaleza https://t.co/WanKvOP42w https://t.co/lJdkG4HPHa https://t.co/ys2hNPQbBt
@user @user Mas ele não é menos amado! Lu, tu consegue ser um pé no saco com quem não vai com sua cara skskskaksks Vamos fazer isso com os inimigos
@user @user catinga então
rt @user não sei se agradeço ou não por terem colocado esse minhyuk de volta na minha timeline 🥺 tão lindo que machuca https://t.co/…
@user são louco por algo que prove, sendo que aquilo é igual a nada
@user ainda nao... só um pouquinho de paciência pq ainda to aprendendo a administrar as coisas
@user Neste momento histórico de poder comprar ativos do nosso país pela metade do preço torna-se urgente regras claras para que o desenvolvimento e economia estejam nos parâmetros da sustentabilidade.
todo mundo que não me der parabens eu vou tirar dos melhores amigos paz
obrigado por ser parte da minha vida te amo mt mesmo ❤
rt @user @user @user evans tá com nada
Ainn,a pauta da manifestação do dia tal é autoritária,fechar o stf?invadir o congresso,disseram alguns!mas quem de juízo confia nessa corte?que feche logo essa bodega! #STFVergonhaNacional https://t.co/GA8MJB5cEe
@user ficou livre ...parabens
@user o estadão é o jornal mais fake do brasil. https://t.co/4fpcsqj1bj
eu passo e nem olho pro lado pq eu não sou obrigada a olha múmia
só de lembrar que provavelmente não vou abraçar o josh quando ele vir já me dá vontade de chorar
@user @user é isso que os brasileiros de bem querem? https://t.co/bnmloisdxw
@user ele não precisa nem fazer isso nicholas. É só cortar anuncio e divulgação de discurso que não gera mais dinheiro, rs. vc mata por dentro e com sua própria plataforma - ou o discurso serve ao poder de gerar mais lucro, ou tchau. welcome to.. mercado :}
rt @user o que a mulher pensa quando tô com meu melhor amigo: deve tá rodeado de mulher o que realmente acontece🤣: https://t.co…
@user deve ter perdido essas aulas
rt @user chama nos 19 porra ♥️🎉obrigado meu deus 🙏🏾😌 https://t.co/qspz8sqe9s
@user alguma delas sabe que vc chamou uma advogada (igual a elas) de puta?
@user Mas o aquecimento global não é consenso nem mesmo entre cientistas. O argumento do cara foi idiota... agora vc cravar que realmente existe é chamar de burro pessoas que estudam e negam essa mudança.
eu acho feio e bonito ao msm tempo kkkkkk
@user comparação mais ridícula ahahah
nosso caribe, prais lindas, pontal do atalaia= tudo pra mim pfvr preservem arraial do cabo e toda costa carioca please https://t.co/Som7GTswB1
porra hj eu n botei o pé na rua tédio é o nome
minha mãe do nada virou pra mim e falou ''estou namorando'', por um momento achei q era brincadeira, mas nn é pqp
agora tenho fama de comedor de traveco por causa do filipe trielli
rt @user ah ou vcs são chato pra cacete https://t.co/gfxeywfpxe
com 26 anos tomando no cu pra aprender coisas que minha mãe me diz desde sempre mas eu nunca ligo, por exemplo não abrir as coisas com faca pra não dar merda. ontem abri um rombo na mão, 1/3 da faquinha de serra entrou na mão e eu assim https://t.co/GFTb18rgdk
@user n deu kkkkkk frio p caralho
acordei tao feia hj que eu to com vergonha das pessoas me verem
rt @user puta merda já começa assim??? https://t.co/fkk9jipwuo
rt @user @user faz massagem no cara, você pode fazer isso por ele kkkk eu que estou meio fudido 🤦💔😂
@user tudo lixo
racista tem mais é que se fuder mesmo
Se tivesse transando com um cr e ele colocasse uma música e pedisse pa tu dançar pra ele. Tu parava de fuder ou f… — Vai caçar um serviço https://t.co/8qKwDXdacg
@user tenho algo um pouco parecido quando eu pinto minhas unhas. o choque deles eh muito engraçado
rt @user mano a mina fuma maconha o dia inteiro pqp
rt @user nasceu piranha e vai morrer piranha
@user carai cara, cê tá me amando muito
@user tudo bem flor
bateu apanha, quer pagar de fodona então aguenta as consequências.
porra de passe mano
rt @user @user ta me chamando de feia?
@user é cada doido, pqp. o brasileiro medio ta cada vez mais retardado
@user pede a minha fdp.
caralho buceta porra eu preciso ver isso
@user tu vai me fazer sair de casa nesse frio p ir te ver, trate de ganhar essa porra pelo menos
nunca mais quero namorar vsf eu perco o interesse em todo mundo
povo da meu número p outros e nem me pergunta se pode, fico puta 🤬
enfia a consideração no cu ana paula que saco
@user kkkkkkkkkkkkkklkkk pqp
bora porra faltam 2 pontos crlh
rt @user quero foder
Diariamente eu tenho q fazer um puta esforço pra ir pra etec E lá eu tenho q ficar aguentando cara feia de quem ouviu o lado da história do mano que fica se fazendo de coitado
rt @user tirando as pregas do cu !!!! https://t.co/3t8iptcyhf
caralho ta mo frio
@user @user faz sentido pra caralho essa porra
fazendo miojo pro almoço pq ne sem condições nenhuma ficar em pe por uma hr fazendo comida so pra mim com essa dor da porra
@user @user @user Puta que pariu o the gift não é a mesma soundtrack original do filme qual a dificuldade de entender que só tem artista africanos que a América não consome????
ava had a immense piranha
o auge foi eu chorando no final da festa pq tinha duas sapatao na minha frente se beijando e zoando uma com a outra nao pude evitar só sentir
aí acho que o lance do gato vai rolar, puta que pariu
to tão fodido esse semestre, vou ter tanta matéria ruim que parece que elaboraram a grande em chernobyl
maloma é meu cu
@user @user kkkkkkkkkkkkk pqp!
qualquer coisa eu tô chorando hj pqp
puta merda tinha esquecido como la casa de papel é bom
rt @user esta ilha é a cena mais tóxica de sempre pqp
se vcs seguirem o @user até ele chegar a mil seguidores... eu darei o cu.
a mas curitiba tá um frio do carai
@user ela chegou 4 horas da manhã, com outro gato e como se nada tivesse acontecido essa cara de pau kkk
Escolhendo uma personalidade para amanhã: a) adulta, séria e responsável; b) sunshine kitty, bem influenciada pelo sol em leão; c) empoderada e bonita pra caralho; d) cult, do contra, refinada; e) séria, Kitty, empoderada e cult.
tomo no cu kkkkkkkkkk bem feito
@user mano eu to com o cllr na caxinha de som e abri esse video na mo inocencia pqp kkkkksksksksksksks
o chico buarque mais novo nosss senhora eu dava um trato nesse homem pqp
mano vai se fuder n faz isso comigo serio 💔💔💔💔
@user ver tiee na chuva não rola kkkkk
pras pessoas que nunca experimentaram comida japonesa: não experimentem é sério sa porra é viciante e cara pra caralho
parece que sim hmkk
@user rala rolas abraço hetero é um cara ralando a rola na rola do outro
@user é miltão, infelizmente essa emissora onde vc trabalha, está cheia deles,inclusive o patrão.essa band virou um lixo.
porra faz um ace e depois caga no pau tomar no cuuuuu
caralho q recepção péssima pelo amor de deus
GÁS DA BOLÍVIA TERIA QUE SER DE GRAÇA PARA O BRASIL ATÉ PAGAR A DÍVIDA QUE DEVE PARA PETROBRAS QUE O FDP DO LULDRÃO DEU AO ÍNDIO. Bolívia afirma que contrato fixa "penalidades" se Brasil comprar menos gás https://t.co/lyRlZ6M5JF
@user @user @user @user kkkķkkklkkkll morro com honra no pau de arara mas não peito pra fascista filho da puta igual q vc
rt @user lembro me de foder o computador ao jogar gta 😂 https://t.co/a8k7ctoe3h
QUATRO PAÍSES EUROPEUS JÁ QUEREM INVESTIR NO NORDESTE: João Azevedo se reúne com governadores da região e com embaixador francês nesta segunda-feira - Polêmica Paraíba https://t.co/pC0vPgp0bM
carai ficou foda
@user por isso que ele vai se reeleger porra! vcs do globo são burros pra caraleooo kkkjj
cagou o pau
meu quarto está geladao então está gelando a casa toda, porra tá um frio do krlo
carai de ônibus
não é cu doce ,eu realmente não te quero !🤷
a jen mostrando a linguinha af garota toxica do caralho me fazendo sofrer
alguém segura esse viadinho do caralho pq se não eu vou dar na cara dele
@user @user espero q ele morra caralho q ódio da porra mano
@user Pensando? Que mais esse filho da puta tá esperando pra ver que, o Lula foi preso por uma gang de criminosos neofascistas., para entregar na bandeira nossa soberania!!!
só estresse pqp
pau quebrando na alma
carai não sei qual foto postar
que jornalismo bizarro esse da globo. que matéria ridícula essa do gato agora no jornal hoje.
@user - primeira impressão:Mongo kkk - nível de proximidade:3/10 - gosto de você:Yes - considero:Meu cu - onde conheci:wpp - pra ser honesto:Você é mongo mesmo kkkkk se flopar ja sabe
@user reclamo! não quero biquíni, quero single solo eh isto porra
@user @user kkkkkkkkk fica putinho não
@user vou mandar você pra ver se emagrece seu gordo fdp
@user @user @user O babaca do diretor do INPE queria colocar todo o aumento desde 2017 a 2018 na conta do Bolsonaro com apenas 6 meses! Tá certo isso? O Min. Ricardo Salles e o Bolsonaro não negaram aumento, mas apenas questionaram a culpa do Bolsonaro, como o imbecil queria dar entender que era!
cavalgada amanhã e eu não vou to muito puta
É TÓQUIO CARALHO, VAMOS BRASIL, VAMOS MENINAS 😍🙏 🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷
Foi legal essa vitória sofrida do Santa... mas não anula o jogo feio que foi. Não anula essa campanha medíocre. Não anula a falta de vitórias descendentes.
sulayma velha pq acharam q ela e mãe do vitor pqp 🤣🤣🤣🤣🤣
rt @user ta com deus fml porra
@user @user Quando precisares cuidados públicos de saúde e estiver lá a tua querida gorda porque ela orgulha-se de ser gorda e linda e andam a usar todos os recursos para ela e tu tiveres um problema a serio e cagarem em ti depois fala-me 🤣
rt @user eu devo ser mt feia e chata pq ninguém me quer
cancela o buço doeu pra caralho
diego original que vira dinossauro e da o cu pra mulher conte comigo pra tudo diego que para tempo sei lá joga água fervente na cara e morre
@user depois está ai se lamentando, querendo entrar para academia dizendo que esta gorda kkk
@user @user sou boiola por vcs @user
rt @user @user sarneia puto
@user @user deve tá colhendo dados fornecidos pela equipe bem preparada do ANTAgonista ou do bruxo/astrólogo. Não é possível querer ser tão burro assim. Devolvam nosso Brasil!
@user só faltou jogar flores, pqp.
não vou fazer porra nenhuma hj, vtnc
mano não me arrependo de nada, tudo que fiz me trouxe algo, se não foi felicidade pra caralho, foi aprendizado de sobra
@user caralho, comida e bebida. the flash indo
kkkkkkk vsf
@user filhas da puta
segunda vez essa semana que eu encho o cu de vinho, durmo pouco e acordo ok
gabi fdp desgraçada
@user @user @user vontade de ir pra lá ajudar os índios a descerem o cacete.
@user eh muito cu muita buceta muita coxa muito corpooo
ja passou
@user depois mandas foto puta
e encarando com cara de quem quer matar o indivíduo
fode minha buceta fode minha xota vai @user só na minha xota 🎶
Pra tu ter noção de que nem edição precisou pra ficar absurdoooooo!!!! Caralho, a Nação é foda pra caralho, tenho muito orgulho!! https://t.co/t9itcZYwHV
quando estou bem psicologicamente, não to fisicamente, porra mermao tá brabao mesmo
crl ontem foi um dos melhores dias da minha vida pqp
eu de boas com ele aí do nada eu falo "nossa sua mão é mt bonita" eu sou mt idiota
@user olha o grupo da maia luis pqp
rt @user stf não tem ética moral nenhuma. cruzaram o “ limiar” da cafajestagem! https://t.co/z3ha6yjxls
inclusive,saudades caralho eu n aguento mais as comidas ruins desse país
você é um exemplo meu garoto kkkk
Eu vou chegar feliz na segunda feira mesmo sendo segunda e 7h da manhã eu vou estar sorrindo muito, não ter que ver a cara dela pqp feliz dms
eu com catuaba depois do meu aniversário k
rt @user pau que nasce torto 🤪🤪 https://t.co/l3p6i0h9wk
tem homem q é um pau no cú mesmo, vou te contar hummm 😤😤😤
@user @user me chama mesmo porra
rt @user passivo gostoso é aquele que aguenta rola e esse dos bons @user @user @user https://t.co/uabgfu…
prc n acredito que perdi meu swoosh do travis no na praia pqp
amigos que amam minha comida, é pq não comeram a da minha irmã ainda... puta que pariu 😍🥴🤤
o pessoal comendo o cu do haron no posebr é o que ele merece por ter desmerecido meu trabalho https://t.co/dc2ad8zucm
@user jorge em 5°??? manual nada dessa porra...
vai tomar no cu juiz filha da puta
@user @user espero essa matéria até hoje fdp
Virou rotina ver macho escroto falando mal pra ganhar biscoito "AiN BaIxEi O tT sO pra XiNgAr KpOpEr" NOSSA COMO VC É AFRONTOSO EM https://t.co/mVLFW0jMmG
rt @user um viadinho de férias resumisse nisso eu acertei 13 de 15! e você? https://t.co/1tsuxt2vtu #testepoptime via @user
@user kkkkkkkkkkkkkk ta ficando doido porra?? [milton's voice]
vou te encher de flor minha florrr
cara eu sou muito cupido vsf,eu to explodindo de amor 🥺❤️
a verdadeira meta viado
caralho puta que pariu https://t.co/wtlv9srxjv
brasilllllll porra 💛💚💙
só vou pro salgueiro no dia da portela, vila, grande rio e beija flor. tô fora de outros dias
@user @user mirelle, pau no seu cu, sua ridícula
preparei um look mo piriguete pra hj e me faz esse frio
2019 gente coisa retardada larga isso de fandom urr durr eu idolatro um monte de gente e me acho melhor por saber da vida de cada umKKKKK CRESCE https://t.co/XCb9wPYCTW
@user por que esplanar essa questão do éverton pra imprensa né? isso é "papo interno", ninguém precisa saber. que loco burro.
rt @user @user doria = pt na cor azul. não se enganem!!! canalha igual todos do psdb que usurparam do poder para se enriqu…
o frio não ta pra brincadeira não pqp
então vai ser isso, n vou ficar com ngm, vou ficar sozinho até q apareca a pessoa certa pra mim, e de boa se levar anos, temho só 17, porra kkk sou um bb ainda, to https://t.co/NdeXSMdWKa pressa
“Alguém tem que parar o STF”. Eduardo Bolsonaro🇧🇷 O STF É UM LIXO!”, escreveu em outra postagem. Fonte: https://t.co/aiLqoO70TA https://t.co/UycO2t4SYe
@user caralho q coisa mais linda ok moço quando q lança os próximos episódios
pq eu atraio tanto mc e malandro???? pqp
@user @user sim copia a partição do teu hd pro ssd e pau
fico puta só de olhar, caralho
Ontem no role o cara me reconheceu, no meu antigo emprego eu fiz a entrevista dele, me agradeceu pra caralho e falou de varias pessoas lá que também ajudei, quando tinha alguma treta era só chamar a loirinha do rh diz ele kkk Não consigo nem descrever o que eu senti, alegria fdd
porra bia minha filha tu não pode fazer isso cmg nao
puta que pariu vou ficar mt iludido com esse time pqp
fumo dois balão pra ficar tega, ela fuma pra me dar buceta🎶🚩
cara minha mãe tem uma porra de mania de toda hora lançar um VEM CA MARCELY no maior tom de seriedade eu atendo já pensando em todas as merdas que fiz na minha vida (e nas que não fiz também) no fim quando chego eh so pra olhar uma coisa engraçadinha no facebook dela
a ex dele podia ser uns centímetros mais distante, mas não a garota tava debaixo do meu nariz porra assim não dá
mano que porra é essa
@user @user Não houve denúncia, me parece que 300 pessoas tentaram me seguir em menos de 1 hora, depois que chamei carluxo de vagabundo. Foi invasão de robôs. Eles devem liberar a Lula livre, acredito eu.
vai tomar no cu alguém me leva de volta pra bahia
rt @user pra vacilação nós não da corda, nós corta o mal pela raiz e não deixa a cobra se cria, vários emocionados nessa porra…
me sentido um pinto fora do galinheiro
porra e agr japão brasil nunca critiquei//
Votou no Bolsonaro e tá arrependido? Eu vou te acolher e vamos dialogar, é sempre tempo de desconstruir, se informar, se envolver, estudar, pesquisar... Votou e ainda não se arrependeu? Vai tomar no olho do cu
@user pqp vo chorastes
tem de parar com esse povinho que insiste em entrevistar esse bandido condenado.
minha tia falando uma putaria do caralho kkkkkkkkkkkkkkkkkk amo
porra mara eu te amo
vo tomar banho pq to loko ainda meu carai
hoje a primeira pessoa que eu conversei no campo tava indo pra um velório... que semana bem lixo, pelamor
Não há idade definida para perder a virgindade, cada um perde quando se sentir preparado e quem goza porque aquele de 18 ainda é virgem ou porque aquela de 13 já não o é , é só ridículo https://t.co/tKkEOuPgs8
nao faço nada no jiesd e ainda me machuco kkkkk pau no meu cu
rt @user eu sou literalmente a amiga feia do grupinho, esse peso eu carrego com clareza
[3/8 13:33] Keyze Miga: Q frio do caralho q frio do caralho só queria um namorado p me esquentar como não tenho namorado [3/8 13:33] Keyze Miga: Eu vou me aquecer com o fogo do meu rabo [3/8 13:33] Keyze Miga: Com o fogo do meu rabo
acordar e assistir um racista levando pau não tem preço
pqp que boa.
@user @user @user kkkkkkkkkkkkkkkkk que porra é isso? 🤦🏻‍♂️
me jogou no lixo e o amiguinho reciclouu
dei uma mordida na língua ontem e tá doendo até agr essa merda pqp
bem lá no escurinho p ninguém desconfiar
@user Geração chata...Isso é folclore do futebol..Somos Gambás , falam do SHEIk, mas hoje é moda o MI MI MI....tudo pra rachar a nossa torcida. Tudo é brincadeira...Pra geração somente podemos chamar os adversários de “seu bobo”, seu feio!!😔A Nutelização que acabou com o futebol...
poxa fui dar like em um tweet e o feed atualizou e dei like em outro tweet completamente diferente q porra
Eu tô decepcionado com esse festival. Minha nossa senhora! Só vou se o resto das bandas forem absurdas! Matuê não dá velho, que música de retardado da porra. Só me vem o vídeo dos fãs dele "é um rap elitizado"
rt @user eu n esperava nada desse show mas pqp pq tão perfeitos😻
rt @user chega sexta-feira dá um tesão lascado nos mlk, loco pra meter a mão num cacete. 😈💦 https://t.co/wyp8sfyemn
rt @user a arte nova pro show da ludmila tá ficando linda pra porra
99% vagabundo mas aquele um por cento n deixa eu vira puta
rt @user gosto de prioridade, segunda opção vc enfia no seu cu
@user caralho essa eu ganho
amanhã tem último episódio de euphoria,ainda na esperança do nate se foder muito
meu irmão pra mim: irmã oque o boi apaixonado disse pra vaca??.. Ai eu: não sei oq??. - Te a-múuuuuuuuu... Kkkkkkkkkkkkkkk esse grt e demais 😂😂😂😂🙄
rt @user pau no cu do mundo tandara é a melhor seus filhos da putaaaa
@user vc ta dizendo isso pq vc é um robo ne para de me enganar seu bot lixo kid
eu fico estressada vendo o quanto o governo bolsonaro é burro
@user com todos, vai tomar no cu sua linda do caralho mds te amoooooo
vai tomar no cu que coisa linda
viado eu sempre soube que ela era sapatão
@user Não só por isso, temos que ir pela destituição total do STF. Mas não somente uma manifestação dominical, temos que ficar em Brasília até essa corja tomada ser expulsa de lá, não importa o tempo que isso leve!!! Seguindo o exemplo dos peruanos!!!
tem q ser muito burro p fumar kkk
este episódio de handmaid's tale foi do caralho finalmente alguma coisa a acontecer mesmo fds
coisas q notei 1) ele n usa tenis de corrida. burro 2) corre de agasalho, oq é coisa de psicopata. n sente calor n? 3) rude com o avô!!! o velho é mt legal fiquei irritada
@user @user @user Mas não é a globo que é manipuladora comunista? Quando da notícia boa é fonte confiável? Hauhauahauaha vocês são muito mau caráter mesmo
saudades dos amigos de sp mds pqp
olha que ótima ideia, @user
rt @user mulher faz igual e pior vsf kkkkkkk https://t.co/sjfbpa6kv9
rt @user ela faz isso todo fds https://t.co/l5sh6vaxoc
era só aquela maldita gata hoje me passando estresse, pprt
puta que pariu, eu tô toda me tremendo, ainda bem que minha mãe me acordou
“EU SOU FORMADO EM LETRAS, HISTÓRIA E INGLÊS(E VOU COLOCAR MEU CURRÍCULO DE ESPANHOL NO IFMA) . JÁ DEI AULA EM BARREIRINHAS, CHAPADINHA, SANTA QUITEIRA E O CARALHO A QUATRO. JA FUI PROFESSOR DE RECURSOS HUMANOS E ESSA FOI A ÚNICA TURMA A FALAR QUE NÃO SEI DA AULA.”....
os pia só arma pqp
rt @user quero foder
luana fez um panelao de sopa quinta e tava um puta calor, hoje que ta frio a sopa acabou. pq me abandonastes fé
@user @user fascista é tu. lula tá preso, babaca!
@user porquê é muito bom!!!!!!! guardian é tudo para mim puta merdaaaa
rt @user @user aaaa miúda , anima te porra
ficou a noite inteira com o lenço, quentinha e a outra com cara de cu. O melhor foi ouvir ela perguntar pra mesma mulher "qual seu nome mesmo?"
caralho so quero dormir e meu pai fazendo eu ir me encontrar com ele e a minha madrasta pra almoçar
@user @user e você não serve nem pra lixo, inútil.
ae minha prima pega tanto 157 que eu nunca sei quem tá solto, quem tá preso, quem foi preso mas já foi solto kkkkkkkkkkkkkkkkkkkkk ai caralho, eu casco
fode essa porra minha caminhoneira
enfia essa caixa de som no seu cu e gira caralhoooo
Mae, es sem duvida a mulher da minha vida, eu posso ser estupida e nao te dar o amor que mereces, mas eu amote muito, obrigada por sempre cuidares de mim e dos manos quando mais ninguém podia, eu tive 2 anos afastada de ti naquela instituição e so eu sei a falta que me fazias... https://t.co/Dvhb32W3uP
meu pai com música alta, minha mãe com ligação no viva voz, pqp que estresse
Lembrei daquele episódio de Friends que os caras da empresa onde o Chandler trabalha ficam tudo esperando pra levar tapinha na bunda do chefe HAHAHAHHAHAHA ridículo 😂
@user lixo https://t.co/mpj17xombs
rt @user rola grossa &amp; de ladinho...piro apoio: @user https://t.co/s6uccunnuz
rt @user escutando antes que vire modinha 🙄 https://t.co/jxjil8un6x
rt @user eu: "pô tô mal" a pessoa: "fica de boa" eu: https://t.co/gsbcbqsnhi
linda pra cacete mano
mano vc consegui ser mais escroto em 30 mim do a a sua vida toda
alguém: van gogh eu:
rt @user @user olha eu até vou, porém se me chamar pra encher o cu de álcool num bar ou na casa de alguém, sou a primeira a c…
@user @user perdemos o top 1 br no campeonato😭 vai tomar no cu corporativismo
@user cacete kkkkkk
@user @user @user Eu também falo para meus amigos homens tomarem cuidado com quais mulheres que confiam, pois como eu disse, mulheres também fazem merdas com homens Mas nem por isso chamo as mulheres de lixo na internet
se não fosse pelo boy fofissimo q eu conheci esse mês, eu mandava cancelar julho e agosto da minha vida em 2019 pqp
@user ilusão é lixo neguin kkkkkkkkk
@user amiga eh um vibrador que tu bota no cu/xereca e controla a intensidade da vibração por um app
@user tu é analfabeto funcional mesmo. pqp.... ele está dizendo modus operandi da esquerda brasileira. burro!
tmnc tbm pqp
caralho eu to tremendo de frio puta merda
rt @user se não tomarem providências, entenderemos coniventes com a barbarie a se instalar em nosso estado. https://t.co/6nnec0jrwx
não é fcr parado de cara feia em evento👍🏾
@user cada foto q tu tuitar aí é um belisimaaaaaa pqp caraljo
@user hino pqp minhas borboletinhas 😔😍 https://t.co/dz7gbuww7u
eu nem sei pq me importo com as atitudes dessa gente lixo ai ai
gabriel ronca p caralho vtncxx
de mal com a vida????? vc tá em um avião caralho e os macho ficam berrando
sou feio msm, sou gordo msm e pau no cu de quem acha alguma coisa
Mal tem 1 semana que o nosso ministro da Educação twittou comemorando agressão contra alunos no seu twitter. CARALHO, a gente se acostumou com o horror!
rt @user @user caralho, xonei
#gocnb torcida porra
natália caralho
@user @user cadê o juanfran carai?
rt @user tá tendo culto na pracinha e eles tão conseguindo gritar mais alto q o pessoal do moto rock cantando rock pqp
esperando ansiosamente pelo dia que vai acontecer uma mudança dessas na minha vida
rt @user parabéns pela consideração q vc enfiou no cu
@user @user @user essas pessoas não podem ver uma noticia boa ,eles não apoiam só por ser o bolsonaro pqp gente burra
queria pastel de couve-flor.
kkkkkkkk pau tóxico do caralho
carai acho que agora da pra ve quem ta online no tt
@user @user kkkkkkkkkkkkkk anão oc deve ser pior que eu mil vezes
@user cara, junta o dinheiro e compra, quem da o cu é tu seja esperto e junta o money♥️
@user vc é loco da cabeça porra
chuva chata do caralho
@user eu n gosto d chuva, nem d frio, só gosta quem não tem porra nenhuma em casa pra fazer, eu tenho, várias louças kkkkkkkk😒
10 minutos finais com a cara no travesseiro só pedindo pro meu pai falar com quem tava a bola e ele toda hora “com o Coritiba”, tenso pra caralho e defesa do Prass no fim, copamos merecidamente e se não fosse a arbitragem o Brasileiro também era nosso. https://t.co/75D0md6DrA
da sol a semana inteira chega final de semana quer chover, ah vsf
sei la velho aprendam a lidar com a porra das consequencias dos teus atos sabe eu to revoltada com isso ate agora
@user não tem oque falar, enfia a língua no cu
penah de você gata kkkkk bai dar o cu que passa
rt @user @user parece com quem essas falas, visao, igualzin quem ? kkkkkv😂😂😂😂 https://t.co/hhridetxdo
Sendo fodida bem gostoso! delícia de pau 🔥🔥🔥 @user @user @user @user @user https://t.co/U2u8gBP3nx
rt @user amiga é o caralho,amiga de cu é rola
meu sonho ter ido no show do djonga ontem, vai tomar no cu, fiquei arrepiada só vendo os stories
@user @user @user Não faz diferença não. Era 50/50. É que a gente domina Manaus mesmo, até jogando serie B e com um time ridículo https://t.co/MA5Mei8N6v
@user @user @user @user igualzinho pqp kkkkkkkkkkkkk
@user caralho que fotos fodas
@user tens de continuar, eu pratico ginásio à uns 3 anos e contino-o o mesmo pau de virar tripas xddd
Mano eu fico muito triste com aquilo que tá acontecendo com o kamaitachi Tem falso crente com ameaça de morte pra cima dele Isso é ridículo
@user porra thiago chatão vai arrumar uma piroca
rt @user novinho gemendo na pica do primo hétero https://t.co/mm2jbrtlcl
gato gordo da isadora me mordeu filho da puta
nem lembrava mais do pimpolho ahsusuusuaushsushaha
eu sabia que a forma ia foder com tudo até meu ano chegar kkkk q ódio
esqueci que não pode xingar nessa porra nesse caralho
bianca arrasa no jogo, pqp
Não precisa falar que eu sou bonito, eu sei que sou feio #SabadoDetremuraSDV #SabadoLigaDaJusticaSDV #SabadoEliteDoSDV #SabadoGaleraUdoSDV
vão para o caralho que vos foda
meu deus eu quando vejo palhaço
porra, odeio isso 😡 tnc
rt @user vai tomar no cu
@user @user @user @user @user @user @user eita porra!!!🤤🤤🤤😈😍😍
rt @user não acho a violência uma maneira certa p se responder qualquer atitude, mas irmão, fogo nos racista caraio!!!!!!!! https://t…
tem tanta gente que eu queria mandar tomar no cu
Homem não cansa de passar vergonha ne. O cara tem a cara de pau de dizer pro meu colega que acha que eu to afim dele pq eu olhei pra ele... Autoestima invejável... Ou apenas demência mesmo.
Passivo sofrendo no pau do negão. Olha o tamanho desse pau. @user @user @user @user @user @user @user @user @user @user @user @user https://t.co/UzxnBsk93x
rt @user é foda ser o patinho feio do grupo hein https://t.co/vyuym4qlwm
eu to no shopping e ai a gnt tava passando pela saraiva, eu INCLINEI a minha cabeça SÓ PRA VER A VITRINE e minha irmã me puxou já dizendo "não pode ver uma livraria pqp, vem logo" gente??????
AAAAAAAHHHHHHHH Caceteeeeeeee, Porra, que voltem as panelinhas el o Julgamento dos outros AAAAAAAHHHHHHHH Aaaaaahhhhhh https://t.co/GOt1C3rWUf
@user gente, é óbvio que é ironia né pqp
@user porra não eh possível
fiquei 1 ano tendo insônia por causa desse filha da puta, ainda tenho sequelas 😩
Professora já mandando mensagem pedindo pra comprar livro tnc tenho dinheiro pra isso não. que ódio. Professor que não disponibiliza o material das aulas= cuzão
@user @user velho esse jogo ta muito bom vsf
@user kkkkkkkkkk porra, tudo de ruim junto
camisa de time não é barato não pqp
limpeza na manhã deste sabado na feira livre do centro de paulista.
vai pra puta q pariu toxo vo pagar de doido tb nessa porra
rt @user a porra da música que o desgraçado bota kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk https:/…
rt @user ai eu amo esses rolê que a gente n fica de palhaçada e só tentando beijar e dança que nem uns ridículos e ri pr caralho…
carai apaguei agora ficou 2.4k e ainda mta coisa q nem presta mas cansei já
@user @user êta time da porra. #bbmp
@user uma mulher nao pode falar de suas siriricas online? o porra
@user kskskskkskks pqp
saudades de ouvir alguém xingando outra pessoa putaço de: seu buceta
@user @user EVIDENTEMENTE CANALHA E PETISTA , ME DESCULPE O PLEONASMO , VOCE GILBERTO DIMENTE-MENOR VOTOU NO PT É CLARO SEU CEREBRO NÃO ENTENDE UMA PESSOA QUALQUER UMA QUE SEJA QUERER UM HONETO COMO PRESIDENTE AH ANTES QUE VENHAS , SOU NETO DE JUDIA
rt @user vem com vontade, vem fude essa putinha 😈😍 https://t.co/1ns8qypugx
nesse frio e as bixa brincando de guerrinha de agua
@user @user alguém já te falou que você é feio pra caralho?
Barbicha de mendingo: check Olheiras de insônia: check Cabelo knock off do Justin Bieber: check Estou no auge de minha vida de vagabundo https://t.co/Ji7tlOWAtk
eu tímida demais vsf
fala seio a minha vizinha e mto gata vsf
que semelhança é essa q geral vê??
ele é foda pqp
@user que que tem o cu com as calças daniel? kkkkkkkkkkk
@user @user @user depois não vai militar em tag falando de resistência das mulheres. ridícula
eu quando vejo algum v*tt*rl*v*r na tl
lindo pra caralho vai se fuder af
rt @user @user @user kkkkkkkkkkkkkkkkkkkkk vai p caralho os dois
caralho tô mto mal pqp
ainda sem saber o que fazer pqp
rt @user eu dei rt nisto mas na verdade sp fui gorda sou mm sincera https://t.co/enuxaeeuhe
sá pinto expulso: autoridade nacional de aviação civil vai consultar o var
@user teu cu seu gay kkkkk
tenho dó demais dessa menina, onde passa faz inimigo, e além de tudo acha que é bonito ser feia
alguem q pensa igual a mim, finalmente
@user @user queria ter a auto estima de macho hétero que acham que o pau deles são a coisa mais maravilhosa do planeta, e não sabem nem onde fica o clitóris KKKKKKKKKKK
dia chato p caralho
a bola tava literalmente em cima da rede vai se fuder
eu me racho com esses viado no meu trabalho kskskks
to chorando horrores com isso pqp
só tem jamanta na rua hoje. pqp
queria sair para comprar roupas mais com esse frio nem rola
velho hj eu percebi q faz uns 4 meses q eu n me fasso troxa cm algum garoto
@user @user a feio kkkkkkkkkkkkkkkkkkkigual
@user que não de ano 5º sacudindo minion gui john o so par de mim quinta e hum john john cu bts
juro q nunca mais chamo ngm de feia
começo de sábado tendo que aturar fã de político, vai tomar no cu
Eu odeio gente sem noção pqp,eu tive que ficar uma hora em pé pq tinha uma filha da puta sem noção deitada na porra do sofá achando que ela tava na casa dela🤬
ah, fds a porra toda também
@user @user @user @user Porra vcs ainda estão nessa, vai arrumar alguma coisa pra fazer. Parece 3 crianças discutindo tnc
falou o cara que copiou vamos vamos chape caza caza entre outros
os snap antigao q patrícia mandou agr kkkkkkkkkkkkkkkkkkk vtnc
cê tá doido kkkkkk cadê o respeito cpt kkk mais puta é vc que não vem falar na nossa cara, piranhaaaaaaaaaaaaaa
rt @user o sorriso do kit no final do beijo eu to tremendo pqp duzentos mil anos esperando por isso https://t.co/d5opx8wxf1
rt @user puta merda as pernas desse desgraçado https://t.co/zzlqzl6uyx
tmnc ódio é lixo 😡😡😡
um mês de academia + cross fit mano eu to mttttttttt gostosa pqp https://t.co/lchsqyu2le
não acredito que com uma ressaca dessa eu vou ter que ir no banco velho com esse sol do caralho que inferno de vida
mamãe me brigou feio porque eu estou falando mt “porra” 🙄
rt @user vai tomar no cú acabei de descobrir que eu posso sim me apaixonar mais por min yoongi https://t.co/hj6wa20bnk
Agora eu tenho que ter vergonha na cara, de algo que muitas pessoas gostam de fazer? Agora só por que eu tranzo, e gosto de tranzar, eu não sou uma moça direita! Ataaaa
as coisas que eu posto sempre é motivo de surtaçao, porém eu não tô nem aí agora msm que eu irei dá motivo p ser fdp👍🏻 kkkkkkkkkkkk
rt @user é pedir demais pra um puto me chupar desse jeitinho? https://t.co/nk7eqpt0av
cada pessoa retardada na minha vida que vou te contar viu
@user @user caralho wushsjaiiaiajssjs
tenho um novo filme preferido, puta q paril eu nunca chorei tanto num filme
@user olha eu até vou, porém se me chamar pra encher o cu de álcool num bar ou na casa de alguém, sou a primeira a chegar
o bts, um dos grupos mais famosos mundialmente, fez uma propaganda de maquiagem, USANDO a maquiagem. tem noção da importância disso? eles mandaram a masculinidade toxica ir se foder e tão basicamente mostrando que qualquer um pode usar maquiagem, que não tem gênero... mano https://t.co/xjjky5Oq3u
to soft com meu pack pqp now unuted e gossip girl tudo pra mim #mpn #nowunited #uniters
mano é errado sentir prazer vendo a porrada? caralho
seria hoje o dia que eu me olharia no espelho e pensaria “caralho que gata”????
rt @user o programa não salvo o desenho eu tô muito puto, fiquei o dia inteiro fazendo agora só tenho isso de novo. https://t.co/pqqp…
vocês já viram o corpo da alba? puta que pariu, que mulheeeeeer
Tudo a comentar que o que importa é personalidade e só tenho a dizer que vocês são uns cu doce Personalidade importa mas vocês nunca vão estar com alguém que não achem atraente lol POUPEM-ME https://t.co/Fk3QROmvjN
@user @user nao eh nenhuma das duas e vcs sabem bem quem eh agr aquietem o cu de vcs
@user @user kkkkkkkkkk vou usar "hot asked" com qualquer gringo chato
Gustavo Cuéllar não viaja a Salvador para enfrentar o Bahia. Pelo treino de sexta-feira, o que indica é que o substituto será Piris da Motta. #FlaTT https://t.co/TLEcUh8yYs
@user kkkkkkkkmmkkkkkkkkkkkkkkkkkkkk vai te fude folote, teu cu ta arrombado buraco negro
vc tem q parar de achar q a mãe de fulaninha tem q saber tudo q ela faz PQ N TEM!!!!! Tem coisa q se vc n contar vai evitar UMA PUTA DOR DE CABEÇA sabe? seis é mt chato
tenho que ler dois volume de dororo hj so pq o viado do meu irmão quer ler hoje a noite
@user lindamente fodido
rt @user e eu nao engordo em porra nenhuma https://t.co/sfq04vkhzr
mano que fase eh essa esquisita pra caraio
até que a morte nos separe o caralho a gente vai fazer bodas no inferno amor
fui na farmácia ontem comprar umas paradas para o Henrique e tinha que comprar uma mamadeira tbm que ele perdeu a dele, sai pegando uma que tinha do Flamengo lá 40$ quando cheguei em casa que ví, porra n estava acreditando no preço nmrl 🤦‍♂️
rt @user ridículo abrir mão da libertadores! @user já passou da hora de assumir o time sozinho.
tô resfriada viado kkkkk
@user Caralho, eu não tava esperando UM BEIJÃO DESSE PQP QUANDO EU VI ME JOGUEI NO CHÃO EU NÃO TÔ BEM CARALHOOO FIQUEI TODA ARREPIADA TÔ VENDO ESSE VIDEO JÁ UNS 20 MINUTOS ESSE MOMENTO É MEU PORRA, NAMORADINHOS PRA CARALHO PORRA EU QUASE DESMAIEI PORRAAAAAAAA
agora eu to empacada nessa merda pq essa filha da puta nao me responde kk foda-se nunca mais confio em ninguem
@user puta merda vocês são tudo pra mim
O Erro dessas Mina é achar, q eu Belo corpo é tudo se ele te trocou e pq ele achou alguém q fizesse ele feliz ou então ele é só um Idiota msm
@user @user @user @user jkkkkkkkkk tá melhor que aquele mongol que tu postou
@user O cara é mecânico, pode até saber mais que a gente, mas isso não impede alguns de serem desonestos, já gastei dinheiro aqui em Sfs e vi que o negócio tá feio
ba ontem cai no ônibus hoje pai de cocao kakakka vsf
@user verdade feio desculpa mas me deu vontade de ter uma companhia era tipo 20:30 tlg ai eu chamei o arthur de ultima hora e ele veio e eu n tinha como sair de casa com 1 pé só pra fumar
pq você é o amor da minha vida? CARALHO QUE INFERNO GAROTA LINDA DA PORRA — Olha só, você que é ok? Aff perfeita😻❤️❤️ https://t.co/grjQQWTzCi
@user por mim agosto poderia durar 7 meses só pra adiar esse caralho
entendeu seus retardado
mano o cara quase faz a minha cabeça queimar com essa porra de secador praticamente encostado nela
@user sulista = aberração
vai toma no cu seu filho de uma puta que ódio meu cu nessa porra https://t.co/6vsuk52jbu
caralho meu cabelo é lindo dms
@user os fdp foram rápidos
pq é que eu n nasci homem? porra a vida era tão mais fácil
@user x @user n da fi so as braba q isso
olha o ovo da cobra do fascismo sempre esteve presente na realidade brasileira agora ele encontrou um cu bem quentinho pra ser chocado
eu sou ansioso e não me sabia '-'
rt @user marcelo caralho enfia o pastelao no cu
, " eo demoniooo filho da puta " to rindo num é pouco n 😂😂😂😂😂😂😂😂😂😂😂
minha mãe me irrita de um jeito que só ela consegue, vai toma no cu
amo pra caralho você — eu nal tenho inimigos ent isso é recíproco, tbm te amo pra krlho https://t.co/c2xpsddarl
meu joelho tá doendo pra um cacete
porém vou me esforçar ao máximo pra conseguir recuperar tudo que eu joguei no lixo 😔✊🏽
rt @user caralho olha ali 6,99 tudo aquilo, preciso ir https://t.co/jedmjorfuy
@user @user ele é da turma da terra plana .... só falta falar que não existe espaço tb ... é muito burro junto ....
kkkkkkk virei peixeiro nessa porra
rt @user eae dia lindo p fuder doidão de lança
@user Quando que vc viu um presidente fazer isso? Nunca!!! Votei 17 pra isso 🇧🇷 . O problema é essa cambada de jornalistas que só querem o mal para o Brasil. Fuck them !!!
@user kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk vsf mt bom
aí não gosto desses sobrinhos do meu tio sandro. povinho uo
rt @user o nome disso e @user porra .. sexta q vem meu aniversario hoje so acaba 12:00 https://t.co/k7zxgcoa5z
deve ser triste demais ser ********** o suficiente pra resumir alguém a aparência e ignorar o fato que ele é um puta ator incrível kkk penah sem falar que o bill é lindo pra caralho https://t.co/Xo3xuZJyvO
voltou essa dor maldita 😓
rt @user @user o feio, a gente saiu em uma revista kkkkkk
ótima ideia!!! 🤣🤣🤣🤣🤣🤣
rt @user dia feio,partiu dormi o dia todo
macaca veia
aqui é brasil porra!!!!
será que não tem amigo pra avisar que tá feio?
@user Eu desmontei a porra da pia toda e aí começou a esguichar água mesmo com meu registro fechado. Teve que fechar do prédio inteiro se não gasta muita água né. Mas já tem um profissional decente consertando agora hahahahahaha
meu deus eu me odeio pra caralho
puta que pariu será que é difícil demais usar um pontinho de interrogação?
sou ponei, no barro eu me lasco, na lama eu me amasso, eu, eu sou maldito..
bom dia do singed fudido de febre
puta merda show do metallica em semana de prova (muito provavelmente) eu quero é que se foda
prefiram ter responsabilidade e usar a porra da camisinha.
isso é muito chato me sinto mal e choro fico puta também
friaca da porra aaaaaaa
@user isso é merda ein pqp
pqp nesses nego divulgando bar do rosa como baile
enquanto vocês saem hoje irei ficar aqui online reclamando no twitter vsf
rt @user não mentiu https://t.co/ivly2gefsg https://t.co/0nmrapn8dy
essa internet da oi é um lixo 😤
rt @user sto linda pra caralho
@user tnc rapa, tô comendo
vai natália caraio
Já tivemos fanservice o bastante com ele usando o mjolnir, voltar pra acabar com tudo o que a Peggy construiu foi uma atitude ridícula dos diretores e algo que Steve JAMAIS faria.
que mulher incrível que eu arranjei pqp
rt @user cara // caralho bom finzinho de tarde pra vcs! . @user @user @user @user . https://t.co…
eu quero tanto, ma essa porra é cara p carai
seriao ódio de quem não se esmera pra fazer trabalho ui tô puta
caralho..sensacional
mermão bom dia é o caralho hoje é dia de clássico rei
KKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKK FICOU FUDIDO https://t.co/J32Uy4XR2o
rt @user enfia essa faca nesse fudido minha filha https://t.co/nxxjhjkmtl
sla mano, nem se o corinthians pudesse pagar 1 milhão deveria trazer... ele não vale esse salário todo mês não
rt @user inês é dmss https://t.co/zecrgjbrbg
caralho acordei derrotada da gripe
queria só ficar em casa uma semana inteira mas porra tá difícil
@user buceta pq vc tá chorando?
caraca ninguém é mais maltratada fo que eu pqp
não tem 1 semana que eu comprei o sofá e o lincoln já quase quebrou com esse cú de ferro 🤦
@user hahahahaha caralho meus sentimentos
se eu não tivesse com barrigão eu tava muito gato puta merda
Quando eu ia pros bailes, eu ficava paradão na minha, infelizmente meu jeito é esse, Ficava na minha, e também não requisitava quem ficava igual um mongoloide todo suado, fedendo no meio do baile, então respeita, cada um é cada um, Eu mesmo curtia o baile pra crl,Parado e bebendo
rt @user mas nem precisa de tutorial pra isso, é tipo lei feminina do bom senso kkkk https://t.co/gspaofnzjo
vagabundo é vagabundo
@user nao passa de um vagabundo, filadaputa covarde.
@user porra, aaa eu tenho simmmm
frio da porra 🙁
só a parte do burguesinha que ainda nao é minha realidade
meu pau .. mora na frente do meu cu e não me come , e quando tá duro não me pede dinheiro..!
alguém tem aquele vídeo de chansoo brincando com aquele negócio verde e o negócio verde vira um pau?
@user e aí caralho @user
@user ele ilumina meu mundo inteiro porra https://t.co/btwqlv296e
@user carai neguinho essa foi de fude
dois dias seguidos mandando um cobrador tomar no cu mentalmente
@user @user @user @user @user Olha prefiro fazer um vídeo porno do que ser podre igual essa Bruxinha, baixa e nojenta, e depois ir fazer a coitada em redes sociais, acorda bicha se ela entrar só vai se queimar mais, não adianta sustentar personagem não pq o público não é besta.
No caso da Elizabeth Moss ela cresceu dentro da Cientologia pq os pais dela sempre fizeram parte. Não da para julgar ela pq ninguém sabe as coisas que ela passou dentro dessa "religião"
@user aqueles feio bonito né kjkkkkkk tu um amor mesmo ❤️
vsf kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
o @user é o cara mais burro q eu conheço
@user acho que rola hein, pq maioria do pessoal acha correto
@user coisa ridícula raissah https://t.co/xdhaq1ddgr
@user é assim q se faz tira selca e posta por isso q é o seokjin q manda na porra toda! mamãe ama tudu vcs meus anjos 🥰🥰🥰🥰🥰🥰🥰
vai se fuder isso é lindo d++
pra que q eu acordo pra essa porra de vida
perceber que vc está triste para agradar alguem é um lixo
rt @user pizza grande r$ 60,00 pizza média r$ 57,00 ô meu amigo vá se fuder
agonia do caralho kkkk
@user fdp olha o grupo corno desgraçado
nossa puta merda hein caralho vai se foder namjoon eu te amo muito
mas no final entendi as porra toda e me acertei com a galera... ameiiii todo mundo foi fodaaa ontem
@user lixo, petralha.. a boquinha acabou... vai quebrar, vai falir e vamos todos rir muito. chora petralhas
achei foto de quando eu tinha piercing no peito kkkkkk bateu aquele fogo no cu p furar dnv
pqp kkkkkkkkkkkkkkkkk
eu odeio rico, vai tomar no cu com tanto diinheiro,
a gripe me achou pqp
ai pronto, depois de me matar de ódio essa porra desse gato dormiu em cima da minha perna, como eu faço pra me mexer agora sem acordar ele?
to puta q eu n consigo mais cantas rap lord inteira mas q caraio
@user amo vocês caralho, entendam isso ta 💜💜💜💜💜💜💜💜💜💜💜💜💜💜💜
q consideração enfiada no cu
@user @user tesão que delícia de cacete peludinho 😍😋🍆🙈
porra que sono gostoso mano
assis não anda mais postando role kkkk quem tu tá enganado agora ? — vsf uahsusha sou menina de caseira 👀 https://t.co/kgcindxnfg
minha mae infernizando minha vida pra eu estudar ai coloco na videoaula çaporra de internet n quer rodar nem a pau. vontade de tacar fogo em tudo
pqp eu só passo raiva nesse livro
rt @user puta merda, ja eh linda, cantando essa musica levou foi coração de vez https://t.co/q0pfdldcyu
é pedir demais achar um copo térmico de fisioterapia nesse caralho de jf??? qnd chega nas lojas acaba em 2 dias, assim não dá
tô lendo todo dia do david levithan e pqp perfeito
@user PUTA MERDA MAS QUE CARALHOS TA ACONTECENDO? EU FICO SEM INTERNET POR ALGUMAS HORAS E tem SMTown e comeback do U no meu aniversário? WHAT? SAIU LINEUP? SOCOROO EU TO PERDIDA
@user ouve o kbca de cx d' água #stfvergonhanascional
jogou demais pqp, saudades
rt @user qual o problema virou crime ser feia agora https://t.co/unuwvfrs5q
pau no cu nem pra se despedir
@user argentino fdp
rt @user aonde tem progresso, tem olho gordo ! oque o diabo tira, deus dá em dobro.🎭🙏🏻☯️
brother tá frio pra um senhor caralho
rt @user @user ai que ódio, qual é o problemas dessas pessoas?? que povo ingrato puta que ódio
sm minha linda a senhora ta apelando com esse novo bg né menina de cair o cu da bunda taemim, kai e baekhyun juntos mds
rt @user sou carioca nunca fui no cristo, nunca fui assaltada e nem comi a batata de marechal https://t.co/vaujt9dut0
havia tanta roupa mas tinha de ser igual à minha porra
chocada estou com a cara de pau
tinha q ter feito isso era em 1500
tenho amém
rt @user pqp é tókio caralhoooooooo #voleinaglobo
tudo corna essas desgraças kkkkk
desgraça, parece um robô essa porra
escola: a eu:
a eunice falando que não aguenta mais macho e que vai virar sapatão jdkdkkd eu amo essa garota
rt @user ridículo https://t.co/ffdweogrhs
Safado engoliu minha rola com vontade haha dao RT aí safados e comenta quem quer fazer um amador cmg Haha @user @user @user @user @user https://t.co/QoVG3hpkKH
fiquei sabendo q vc só vai na faculdade pra ver macho, ridícula — só balbúrdia https://t.co/r5epkhyktu
hoje o tempo não tá bom pra andar de jet que buceta hoje tô muito bolado drx mesmo
eu to destruído, maldito seja o corote de menta
hoje em dia não troco idea com ninguém não procuro ninguém pra me satisfazer sexo é cuidado e minha piroca não foi achada no lixo e boa 👍
sustenta porra, kkkkkkkk
@user @user te foder é do iphone
lorene bota pra foder filha
pqp! adoro esse filme! obg netflix!
puta q pariu kkkkkkkkkk
rt @user tandara braba demais!!!! pqp sdds da minha rotina assistindo vôlei
eu tomei no cu agora
@user NAO ACONTECEU NADA DISSO , QUE MANCHETE MENTIROSA, VE SE QUE OS JOGADORES QUEREM ELE PERTO VERRATI E EMBAPE PUXAM E ABRAÇAM ELE ,E AS ENTREVISTAS DOS CARAS DO TIME NINGUEM QUER QUE ELE SAIA DE LA E AINDA VEJO ESSES BRASILEIROS BABA OVO DE GRINGO DETONANDO O CARA..
meu deus que nervosooo pqp sai dai
ele é pica
vamo vencer na garra sim esse caralho, bora brasil #voleinosportv
mano eu sou um lixo, quebrei meu celular caralhoooo eu quero morrer não faço nada direito nessa vida pqp
@user tu vende celular é faz essa pergunta idiota kkkk
meu ciclo de amizade diminuiu pra caralho, porém aumentou o valor, gratidão!
quem ama o feio bonito lhe parece
Crie sua filha forte, para que entenda "seu corpo, suas regras". Evitem fracos de verdade, que possam impor mentiras do tipo: "seu pescoço, minhas rédeas" Deuses Ateus ficou foda pra caralho
@user porra nem fala
@user tem algum palhaço aki ??
rt @user eu pago tanto pau pra mara
@user porra cabral, se decide mulher
e olha que eles nem debutaram lendas aclamadas demais pqp
@user @user claro idiota o cara roubou bilhões de trouxas como vc também não ser mais roubado por esse larápio!!
hoje foi dia de comemoração antecipada do dia dos pais... minha flor tava demais com essa gravatinha. https://t.co/vjkxmyfd45
só mentalmente msm
to presa num vídeo pqp
@user @user agora q ele vai morar comigo, você vai lá em casa né, piranha
@user porra pedro quando eu tiro essa música da cabeça tu faz um lomotif com ela kkkkkkk
rt @user quando uma merda não vos sai da cabeça a partir daí é sempre fodido tentar esquecer ou tentar não falar da mesma coisa…
@user kkkkkkk vtnc
eu vi gente sendo fdp e usando depressão como desculpa e suicídio como conforto
rt @user me amava porra nenhuma, já tá chamando é outra de amor kkkkkk
nunca vi homem fudido querer ter duas mulher 🙄😂
caralho eunpegueu o onibus errado@user p eu ta no nova america oq to fazendo no centro
como se existisse algum método 100% eficaz
"eu tremo pra carioca? cê tá de deboche ent fala isso pro Knust e pro Orochi" eu sinceramente largaria o mic e sairia da batalha dps dessa
e o segurança do meu trabalho ainda achou engraçado o assédio com menor de idade,porra engraçadão
ela acha ridículo e faz kkkkkkkkkkk
@user poxa nenhum likezinho no mvzinho de ddududu e poxa nenhuma inscrição, mas nossa oq eu to vendo ali do lado? isso mesmo inscrição no canal da bh e um like ali no mv ein, flor tira a porra do pau do bts da boca que dps a gente conversa ok? boa noite
rt @user essa menina devia é ta num hospício, problemática do caralho
ta porra mlk, to morrendo
até hj fico indignada de n terem colocado harry surtando no escritório de dumbledore em odf e respondendo stape em edp mano eu daria meu cu pra ver essas cenas nos filmes
@user ta bom boiola https://t.co/nqskuhayoi
Acabei de passar na frente de uma borracharia cheia de gente, e gritaram "hoje vai dar veado no jogo do bicho" e todo mundo começou a rir. Eu só espero que cada um desses caras morra da pior maneira possível, e eu não sinto rancor nenhum por isso
ganhamo, caralho
tô com uma puta sdds do meu filho, mas estou c mt preguiça de ir p catarina
o sorriso do filho da puta https://t.co/2du0yyrhxg
que porra é essa de máxi lopez de volta?!
@user porra me dá seu nariz
já perdi mais de 1 hora de open pqp
só queria estar longe de tudo agr, esfriando a cabeça eu n aguento mais a hipocrisia nessa porra de casa
@user sabado que vem neguinha vai ta me enchendono saco pra sair
porra, vem só uma pessoa na minha cabeça, deus me livre
aquele ditado né bonito de boca fechada pqp chernomacho só fala água
Pohha sou um merda mesmo, minha tia fez comida pra mim eu só precisava esquenta, deirei no fogo fiquei no celular e queimou a comida kkkkk puta merda em.
@user pura bobagem. desespero e despreparo. o melhor: o inimigo é tão burro, que se declara. aí fica fácil.
+1 gol, boa irmão 🇾🇪🇾🇪
Esses ex que termina e fica lembrando de mim e foda né z 🤣🤣 cara em vez de me esquecer fica com a porra do meu nome na boca q desgraça viu. Vira homem gente, cadê a porra do senso. CADEEE
vai se foder to muito triste
rt @user novinho 7: hetero torcedor do atlético mineiro batendo uma pra uma mina fake https://t.co/lehcdktrtj
"vc precisa engordar" e vc acha q eu nao sei filha da puta
Quem destrói jovens são pessoas como você... que se sentem escravocrata e não admite ver jovens formados e capacitados para nunca precisar de um desgraçado como você,veio da Havan realmente é um elogio a sua pessoa,na verdade ,você é o desgraça da Havan FDP!
puta q pariu belíssimaaaaaaaaa
poderia passar o dia vendo os vídeos dos dog d matheus são mt fofos vsf
@user você não ta, você é lindo pra caralho!!!!!
gente????????? que escroto
rt @user chorando vendo filme de sapatao sonhando com um dia que eu vou ter um romance clichê
@user que beijo lindo puta que me pariuuuuuuuuuuuu
@user ei bicho desde ontem nessa afliçao de tie break vsf
rt @user ces tem q arrumar outra coisa melhor do q puta p xingar, isso tá mt manjado. sla me chama de desempregada doi mt mais
eu passei 3hs numa porra de simulador, tô com uma dor de cabeça fudida. agr num sei se é por causa da tela da máquina ou por ressaca
eu: n vou gastar mais a minha energia com isso, to nem ai eu para a julia: aí q bosta, to puta, falsidade do caralho
aeeeeee caralho
@user Muda muito pq você pode nem usar, mas você sabe que quebraria o idiota na porrada e isso já alivia o medo maior. Geralmente ele te deixa em paz quando sabe que pode apanhar, pq homem só respeita homem pq tem medo de apanhar, tem que ter medo da gente tbm
sofia boiola pela ryujin e pelo park da cheayoung — meu deus? kkkkkkkkkkkkk amoh https://t.co/3thoouqcak
@user todos mas mais com a zendaya pqp q casal
@user O mentor dos direitóides que é astrológo, se diz filósofo e agora, pasmem, entende das entranhas das religiões Puta cara sem noção!!!
ernesto araújo so não é mais burro q o próprio presidente
@user deve ter comprado uma medalha....uma vez pilantra sempre pilantra....
eu fico puta com abandona de animal pqp
vou me foder td mais uma vez... a história vai se repetir e mh vida vai ser uma merda até eu morrer.
rata francesa, verme. Uma das piores contratações da história do Barça. Veio em um momento desesperado pra suprir a saída do Neymar e não jogou 5% do que o Ney jogava aqui. Saiu brigado do BVB por indisciplina e chegou a ter esses msms problemas aqui. Mimado, lixo de jogador.
@user tá, mas o que vc acha do sanduíche de buceta, presidente?
isso caralhooooo vira essa porra nem que seja na força do ódio
abraça o pp de vs📝
rt @user ai caralho meu sonho https://t.co/pzl4wit3w1
@user porra é essa
rdj jovem é a coisa mais linda do mundo puta que me pariu como pode existir algo tão perfeito assim
se elas n reagirem nesse ultimo set pqp
muito gay pqp
amo essa cabeçuda tomanno cu meu mubdo todinho.
rt @user cu eh igual bolo de aniversário, nós passa o dedo, se a dona não reclamar nós come.. kkkkkkkkkkkkkkkkkkkkkkkkkkkkk
Onde vagabundo fuma maconha e pensa que é o "dono do morro, " onde vc é "tranquilo" e os outros pensam q vc é "otário" ,onde vc tem q cuidar só da saúde pq da sua vida os vizinhos cuidam, lugar onde os policias entram quebram sua casa toda e ngm vê agora entra com uma mulher! https://t.co/vRVfyWba1A
Ana fica dizendo que agora ela tá mais gorda e blá blá blá que nunca ficou assim, mas claro não tinha uma Ale na vida dela pra mimar e fazer vários kitutes
@user pqp e a gente tinha combinado de ir
@user tu é linda pra caralho
Hoje é o aniversário desse menó lindão, Charlie Sheen versão desconstruída de campos. Feliz aniversário meu lindo jiujiteiro, tamo jundo pra caralho!!!! Uuuuuu é os Mary Jane menó!!!!!! 🍁🍁🍁 https://t.co/6wVTCrjXY0
@user @user O babaca do diretor do INPE queria colocar todo o aumento desde 2017 a 2018 na conta do Bolsonaro com apenas 6 meses! Tá certo isso? O Min. Ricardo Salles e o Bolsonaro não negaram aumento, mas apenas questionaram a culpa do Bolsonaro, como o imbecil queria dar entender que era!
@user que porra é essa
“melhor carnaval” kkkk carioca é muito iludido
to brava nem para disfarçar kk palhaço #mpn #joaoguilherme #mpn #jadepiconig #mpn #nowunited #mpn #uniters
Tnc acordei com uma msc na cabeça achando que tava sonhando com ela, quando acordei vi que era meu irmão escultando ela lavando o carro lá fora tnc
maldito dia q esse cara conseguiu fugir da pororoca
tá me espionando? mas sim, ele mereceu mesmo
rt @user eu ri muito de culpa, não acredito que acordei minha bixinha :/ https://t.co/msrgp8vtji
isso só me fez rir mais, desculpa eusishsususb
@user doria é um pilantra! o novo aécio neves !
puta q pariu todo jogo de vôlei eu fico nervosa
garoto burro do caralho
rt @user ainda bem q foi ela que comprou e ta usando, povo se incomoda dms com a vida dos outros eu em moss https://t.co/sy6855hulw
@user @user tenho seu cu
eu tô aq comendo um pastel doce com leite condensado, aí minha mãe tá me chamando de gorda e falando q eu n vou entrar no meu vestido
como que a cnb perdeu esssa partida man que cblol é esse pqp
rt @user não se preocupem com frio no folclore, só encher o cu de vinho que esquenta
rt @user ignorância gera ignorância ,vai achando q vai me tratar mal e vou te tratar bem, mando logo tomar no cu
rt @user resultado: ps: é normal ele ficar meio pra baixo mas calma lá que a gente resolve!!! https://t.co/t9vlkvaovi
@user Sou pacifista e contra a pena de morte EXCETO se criminosos abusarem, maltratarem e matarem crianças. Deviam ser fuzilados em praça pública esses FDP.
to cansado do vídeo da sulista dançando, toda hora repete
padilha foi um burro de perder você — o que eu vou dizer né, só concorda https://t.co/urqbdey8tj
é nesses casos que vemos que fazer faculdade não tem absolutamente nada a ver com maturidade pqp infantil do caralho
rt @user ficar sozinho não rola massss amor n se imploraaa
caralho do jogo sofrido
e meu pai q me buscou na quadra falando q ia ali, agora tô indo pra outra cidade longe pra carai
não paro de sangrar pela buceta mano que saco
@user um xose smp é bom pra digestão né cumpadi vai nela burro
@user fala nada não, esses caras devem achar que a gente é troxa só pode
@user felicidades coisa feia🥰😍
acha que eu sou idiota kkkkk só pode
@user kkkkkkk vsf
rt @user feia, eu diria https://t.co/w7d2z4qpm7
o ruim de ter mãe com peso parecido é que na cabeça dela os pesos que deixam ela “”gorda”” são os mesmos que me deixam gente eu tenho 1.57 ela tem 1.52 Meu peso ideal é 53kg (calculado pela nutei) mas na cabeça dela se eu passo de 49kg eu fico gorda, minha cara fica gorda etc
tem celular pra que filho da puta
da pra acreditar nisso mano, ninguém liga pra nada nessa porra. fonte: brasil de fato https://t.co/ygd8eq3spx
é muita cara de pau mesmo e eu aqui achando q tinha alguma coisa
rt @user as vezes o ff é ridículo da nem vontade de jogar mais
a hora que acordei pqp
bighit disfarça pelo menos sabe sua desgraçada filha da puta
não tô acreditando q o gado da direita e seus nota subiram uma tag com "nacional" escrito com sc pqp
gastei 300 reais com remédio só tenho algo a dizer : vai tomar no cu rinite e sinusite
que bosta mano, ja n vou no dérbi agora tbm n vou pra sorocaba vai se foder
este seu post lixo aqui:
Bolsonaro: "Estou animado pra pescaria em Angra nesse final de semana. Vê lá a previsão do tempo." Assessor: "Presidente, a previsão é de chuva." Bolsonaro: "Manda embora esse meteorologista fdp! Traz alguém do PSL que me diga que só tem sol, talkey?"
@user carai soltei no enjoeixe n achei
@user ô retardada, qual a lógica do seu pensamento? n sei se alguém já te disse, mas maconha n é cocaína e se vc fosse mais inteligente, começaria n sendo leviana
@user Tá mostrando ser um mongol dizendo tudo isso em véspera de um jogo como o clássico, inflamado os torcedores a se odiarem. Perdia nada em ficar calado, Oremos pra o pior não acontecer.
eu to amando a porra do meu cabelo novo 🥰 https://t.co/jm89sitwon
Brasileiro tem que tomar muito no cu mesmo não moral "Governo vai reduzir imposto sobre jogos e consoles" A matéria: "governo vai deixar de arrecadar 50 milhões com redução de imposto" É ISSO AI MESMO FILHO DA PUTA SÃO 50 MILHÕES QUE O TRABALHADOR GASTOU COMO ELE QUIS PORRA
mano não é possível esses adultos (meus pais) que parecem crianças ou até pior vai se foder meu irmão
meu deus o twitter ficou um lixo depois que esses desesperados por militância e likes vieram pra cá. insuportáveis.
uma puta falta de respeito com a mãe, vergonha
@user mano que dlç pqp
@user @user tbm conheço, lembro dele lá em baixo no limite mas porra, sempre foi engraçado, seguia ele no insta só pra rir mrm
@user esse olafao foi pique sua evezinha, feio de ver
esperando a cliente que ja remarcou o horario 2 x e eu preciso sair, resolver umas coisas no centro, um carai ne
Os criminosos que estão no @user resolveram voltar do recesso e chutar o pau da barraca. Que história é essa do capacho do Sarney, Celso de Melo, estar refletindo sobre anular o processo do triplex do presidiário de Curitiba?? Isso tem que acabar.
@user @user me chama na dm que te faço de minha putinha
vai se fuder esse povo que não tem respeito nenhum, avisei pra caralho e ainda faz merda, nunca mais entra aq em casa
@user kkkkkkkkkkkk teu cu
gente de vdd, fiz minha lição de português e nem eu sei oq eu escrevi, pqp mto chato português vtmnc
rt @user irmão olha esse homem vsf https://t.co/nlkilvfu71
odeio saber as coisas pelos outros, ainda mais coisa grave e com pessoas da minha família, fico puta porém to preocupada
rt @user porra eu chorei demais lendo essa fic 😢😢é linda apesar de triste https://t.co/56ajigcmgt
Esse garoto passa esse video da Lana umas mil vezes por dia meu pai amado e eu assisto as mil vezes porque nunca satura.
@user ahh parabens aos deputados?!?!? vc é muito cara de pau mesmo né maia.
manooo denunciem esses filho da puta mesmo q sejam gente da família
n sustenta relacionamento, mas sustenta autoestima ok eu n tava nem ai de ter um bundao desse🥺🙌🏻
juro por deus que eu já vi esse lomotif umas 50 vezes e em todas elas eu morro de vontade de SENTAR NESSE FILHO DA PUTA LINDO DO CARALHO vsfffff
rt @user bota tudo lá dentro maltrata minha xota, tira bota na boca vai filha da puta soca
rt @user @user feio de doer e ser o ministro da educação mais imbecil da história do brasil 😂😂😂😂
eu sou incrível pra caralho e preciso parar de me diminuir por causa do outros
@user vsf,vascaíno burro da porra kkkk odoi é pica
rt @user penso sempre q as pessoas vão fazer por mim o mesmo q faria por elas mas acabo por me fuder sempre :)
@user porra fudeu muito
SOQUEI NO CU DELA ATÉ AS BOLAS! VAI PALMEIRAS! 😈⚽💚 VEM DE RT SE VC QUER SENTIR MINHAS BOLAS NO SEU CU! ✅@user ✅@user ✅@user ✅@user ✅@user ✅@user ✅@user ✅@user ✅@user ✅@user https://t.co/rXox1gLApK
mano eu ia regaçar a cara desse fdp slc
amo minha amiga.
odeio assistir coisa legendada e ninguém consegue entender ou respeitar isso. me deixa, porra. não quer ver cmg, não vê mas tb não me obriga a ver uma porra em inglês que eu odeio.
é tudo ou não, caralho! https://t.co/ougo6jfnl8
Meto a 3a vez e vai saindo leite, continuo atė gozar de novo, gerente puta! @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user https://t.co/DhY1cV4v19
@user @user @user e feia de doer a peste... credo
cada vez mais eu penso que não sou sulista pq toda vez que eu vejo no twitter alguém citando os sulistas é sempre alguém passando vergonha, sendo escroto, sendo sem noção e eu não sou assim k https://t.co/BAkbcmb1ST
parece um couve flor sla q roupa ridicula
tô passando mal
Another bitch properly folded. ***(Mais uma puta devidamente arregaçada.)*** @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user https://t.co/gpsQY44Coa
puta sentimento ruim do caralho, não sei o que fazer, to estagnado desde a ligação, meu querido diario; porra
acho que branco escroto tem mais que tomar no cu msm, mas nunca vou vibrar com violência assim não.
O YouTube hoje, JUSTO HOJE, resolveu me dar as notificações das partes dos episódios em que os beijos acontecem Pqp nega, o auge da provocação https://t.co/sR1o0Vpps6
@user feia dms
eu tava pensando nela e ela me mandou msg kwhdidhekd to muito boiola https://t.co/lidh9tujuq
rt @user já pode descer o pau em corintiano ou ainda tá cedo?
da vó ao filho, vagabundo n entende
13:40 da tarde e viado fazendo piada com estupro é inevitável largar a mão da comunidade lgbt
to fudido
rt @user gente, vocês me desculpem por ser sulista tá https://t.co/vw6qinofsf
rt @user pqp olha a língua eu to surtando purpili é real sim e nada mais importa se não for a minha opinião boa noite https://t.co…
rt @user puta que pariu papai 👀🤫😍 https://t.co/zby8l2eezy
rt @user imagina eu&amp;vc de tardezinha clima de chuva escutando aquela musica eu te fazendo carinho vc da um sorrisin te amo maldito
@user que pica gostosa!
rt @user meu cu é muito fdp, quando eu entro no chuveiro da vontade de cagar
@user dos mesmo criadores do fiscal de cu vem aí......
respeita essa camisa pesada caralho
minha header ficou gigante no ipad pqp
será q a porra desse pia não vê q eu não respondo nada e fica me chamando, vai dormi
pulei na piscina ontem num frio da porra, gripe é certo
empatia é o que vcs enfiam no cu né? depois vem com textao de setembro amarelo, vão se foder
porra sabe falar baixo não caralho que inferno deixa eu assistir em paz mano
vai se fuder, quem eu mais gamei, tá namorando
@user Bicha mas pq tu foi catar informação em fórum russo no lugar de fórum japonês? A menos que tu saiba falar russo pq se for pra traduzir não era mais fácil catar do Japão logo?
Tenho uma raiva disso, nem todo mundo tem tempo p ficar o dia todo no cel e mesmo que tivesse, ficar cobrando p responder rápido quantos anos vocês tem? Toma no cu
mano QUE RAIVA eu troquei a tela do meu celular não faz nem um mês e esta PORRA caiu hoje e trincou a tela de novooooo e ainda tava com a películaaaa e nao adiantou de nadaaa ARGH
@user pois diga, vc nao sabia q na paraiba tem residencia? kkkkkkkkk
Pérola AGNu “o senhor (china vermelha) pode pegar a sua soberania e ir embora desta casa” - getulio vargas — GV ta bolado https://t.co/g1DQFOMxf9
governo da morte.
@user URGENTE! Glenn Greenwald Acaba de de ser decretada prisão preventiva!!A polícia Federal acaba de impedir o jornalista Glenn Greenwald de sair do país. Já teria despachado as malas pela American Airlines, no guichê de check-in foi barrado pelos policiais e encaminhado ?
Uma noite, patrulhando sozinho (e de regata) os arredores do MEC, o min. @user descobre uma verdade horrível: Paulo Freire não morreu, sua alma possuiu o monumento em frente ao prédio e, à noite, vaga sozinha esquerdando a alfabetização do país...
rt @user informações sobre o baile de hollywood é somente aqui!! algum alemão mandado fez um fake e ta divulgando atrações que n…
rt @user o erro do jovem é deixar pra estudar um dia antes da prova
rt @user parece que não, mais criar uma criança sem a participação do pai, pesa mto! tiro pelos meus sobrinhos.
rt @user vc é livre pra fazer o que quiser, mas quando fizerem o msm com vc, mastiga e engole!!!
migué, pra malandro se safar.
fala mais bolsonaro és
rt @user os efeitos na roupa mano, a roupa ta literalmente brilhando itzy como sempre surpreendendo https://t.co/qmgn1ph1ix
eu não chamo mais,pq deve me responder só por educação
desisti de tentar me sentir bem comigo mesma
@user ué,o luladrao não deixou tudo saneado? ou só limpou os cofres públicos?
@user @user olha o pensador da esquerda ae kkkkkkkkkkkkkkkkk
@user ah então é coisa boa rsrsrs
vedevaldo indo a abi no rio e quem o aguardava nosso posvo decente. que seja assim a cada canto q for.
Bom dia amores 💞 Passando pra matar a saudade, estou off ainda. #tbt da minha loirisse 👩🏼 #GostosasConfrariaRS @user @user https://t.co/SEWOjHK6IQ
@user o governo é de direita, o presidente coloca na comissão quem ele quiser. é difícil entender isso?
rt @user na moral, quer assunto cmg????? chega já zoando to cnsd de responder “oi, tudo bem?”
@user nossa, se eu vejo um mano fazendo isso na minha frente eu mato
pqp to triste que vídeo lindo
tenho que me converter e sair dessa vida que deus não gosta
so queria um ombro p eu chorar td que eu quero chorar, sério 😪
Hoje foram afastados integrantes da comissão que há anos tenta dar respostas a pessoas sofridas como minha querida avó. Minha solidariedade aos que deixam tão relevante missão, com a certeza de que cumpriram seu papel. https://t.co/pcV9ouGrfu
zoeira trocaram meus exames kkkkkkkkkkkkkkkkkkk
@user @user @user vamo kakakakka a casa tb
ansiosa por isso 🤗
@user @user @user vc está se cagando hein!!! tadinha da militante lula livre
@user exatamente! quer me dar desconto me fala pelo menos metade do preco ou 2 por 1
rt @user todo mundo cala a boca que chaetzu tá passando na tml sendo a coisinha mais preciosa do mundo https://t.co/tajeyss95w
fansites podres de rico pagando pra colocar fancam em anúncio no Youtube, esse é o tipo de anúncio q eu nunca pulo kkkk https://t.co/snM9FwkbdU
acho tão feio mulher q surta por qualquer coisa, que sai pros lugares e fica emburrada atoa🤦🏻‍♀️
mulher: oi quer ficar cmg? homem: não mulher: ok homem: oi quer ficar comigo? mulher: não homem: ata eu n queria mesmo VC É MO PIRANHA TOMAR NO SEU CU ARROMBADA, EU NUNCA QUIS FICAR COM VC SÓ TAVA TE TESTANDO
ele foi feito pra encher de abraços e eu queria tanto... 🥺 https://t.co/g6qeayvrae
@user tem meu voto com toda certeza!! indicada merecidamente.
rt @user o que pode ser mais forte que o coração da gente que se quebra em tantas partes e ainda bate
@user nao concordo... acho q deveria ser preso ou pena de morte
@user @user @user Colunista social, COAF é uma coisa e PF é outra. COAF responde ao Ministério da Economia e PF ao Ministério da Justiça. Volta a escrever sobre aquelas festas que vc ia e podia comer e beber de graça mediante uma notinha na Folha 👍
valente susto que apanhei hoje com o bruno... o que importa é que está tudo bem
@user @user e foda-se a ancine!!! kkkk
Eu sou flop mas blz! Gente o BTS está passando o Now United por poucos votos, vamos tentar passar. Imaginem a felicidade dos nossos anjos quando ganharem! Comenta um vídeo sobre o Now United que vc goste usando: #MPN #NowUnited
trajado de sufgang assim que elas gosta
odeio quando meus amigos me devem
,.Envio de nomes para as Correntes: umbanda.yorima.rj@user ou umbanda.yorima.rj2@user Atenção: Por determinação do Mentor da casa, devemos responder a todos. Portanto só recebemos nomes para as correntes pelos e-mail's.
a maior torcida do mundo 🔴⚫
3:28 e o transito da entrada ja ta pessimo deus me defenda mas eu não vou deixar pra voltar 5 da tarde vou no terminal msm
@user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user da um RT ali em cima Pfv 🙏🏾🙌🏾❤️custa nd
@user https://t.co/smAitSrOIY Todos os terceiros citados nos diálogos de Moro, Deltan e sua trupe não negaram... E não esqueçam, desde o começo a própria Lava Jato confirmou a autenticidade dos diálogos... A maior galera tem amnésia seletiva.
rt @user por que vocês me fazem sofrer????? 😭 https://t.co/yvxgpfdcvr
@user vou abrir o olho e não à comprar ultima da hora
@user nem sei o que tá acontecendo...
rt @user isso a globo lixo não mostra...... 🇧🇷#stfvergonhanacional https://t.co/a5yw5b1cwa
@user tenho vontade, falta dinheiro kkkk
peguei um susto com rg e cpf no topo dos trends!! já pensava que o bostanario tinha feito mais uma cagada.
que audiência kkkkkkkkkk
rt @user meta: 50 rts nessa foto e cinquenta comentários com a tag. vamos? artista internacional favorito #nowunited #mpn https://…
@user @user hahahahahah out talvez os dois
[ au! chensung ] » aonde jisung, um dos meninos mais populares da escola resolve chamar chenle, o aluno novo da sua sala para andar com você e seu grupinho. https://t.co/3VFLV0ht60
@user ela falou com a garota
@user mais uma mamadeira da lei rouanet, que ficou sem patrocínio do governo. se fosse boa artista, tava calada e trabalhando...
Bicho, a quantidade de alunos em sala é um puta determinante da qualidade da aula. Brizola volte por favor pra construir mais escola pra gente.
Galera, tão sabendo que dia 30/08 vai rolar show de lançamento do meu álbum #DiFerreroSinais na @user né ? Vai ser junto com minha mana @user e vai ser d+! Decidi sortear um par de ingressos pra curtir esse dia !! Vai lá no meu instagram e participa: https://t.co/Cj2hNMEIov https://t.co/kU01Meeumb
Gente, hj presenciei uma cena absurda e cruel, um gatinho estava preso por corrente num quintal, na chuva, pedi pra proprietária da casa se ela doava ele, ela disse que poderia levar, mas n posso. SE ALGUÉM TIVER INTERESSE EM ADOTAR ME CHAMA DM, eu pego o gato e entrego+
@user olha aqui , eu não to brincando 🤬
falaram no jornal que aqui tem chances de chegar a 4 graus e em outras regiões até nevar com a temperatura abaixo de 0
segunda foto seguida hein galera 🤠🤠🤠🤠🤠🤠🤠🤠
podem até tentar mas a conexão entre duas pessoas que já se conhecem muuuuito bem jamais vai ser entendida por terceiros
vou tirar um cochilo e sonhar que o salario caiu na conta k k kk
@user nem colocam, esse tipo de pessoa não tem criatividade pra sentir tesão em nada que não seja coito
@user demorou, mas que bom que chegou.
@user e tu tá ligada que ele ainda paga de desconstruído mesmo tendo uma produção que claramente é podre nesse sentido
eu morro de rir com a família da layza 😂
@user 🤣🤣💣👮‍♂️ xadrez no verdinho
@user kkkkkkkkkkkk sua cara fazer isso amigo
@user Imagina mandar mensagem pro uber dizendo que vai levar o Luan Santana com vc kkkkkk #MPN #LuanSantana #Luanetes #LuanSantanaShow
@user @user @user sonha mais tiazona.
@user tubarão/sc
ué, se tu não gosta do som é só não escutar
rt @user coe mn sinceramente, mulher machista eh a pior coisa do mundo!!!!!!
e começamos agosto o oitavo mês do ano o mês que não acaba o mês mais sofrido o mês do infinito sabe o que isso significa???? nada!!!! pq vc é FODA, vai contornar esse mês sem nenhum problema e no final ainda vai falar já acabou agosto???
mano essa porra d pinterest ta de palhaçada comiho toda hora esse lixo trava aberraçao do caralho vai tomar no cu
o meu eu irracional falando com meu eu racional pra usar o cartão de crédito
@user grande china....aquela do elefante no buraco da agulha foi foda né militão.... abraços...
palavras não têm significado e são esquecíveis
minha avó n quer me dar uma cama de casal pq tem medo q eu arrume outro namoradinho, me viro muito com uma de solteiro
amém meu celular chegou agora podem me chamar no zap
mas ela ja nao pensa mais em mim
rt @user sua mão não cair se você me pegar pela cintura me colocar na parede e me dar uns beijos
@user por que? o que você tá sabendo... conta pra nós!
@user apoiado glenn!
arthur foi pra casa do titio dele ❤️
Quero chegar em um Patamar que eu vá fazer uma compra e quando o vendedor falar o preço, eu diga igual o Lucas Lira: "eu não tô procurando o melhor custo benefício, estou procurando a melhor opção" https://t.co/98G6EMtuLN
homem morre após sua casa pegar fogo. saiba mais: https://t.co/bdmjz0vlqj #noticias #news #segue #seguidores
@user apaz eu tava no canico e tava a flr c ele no gozo e começamos a bater um no outro ahahahah
perfeito eu diria kkkkkk
@user Lidi, vi a notícia que nessa seleção não deu... Saiba que você tem meu apoio se quiser tentar mais uma vez, eu vejo como você é competente e você não precisa de uma seleção pra te dizer isso Espero que você consiga realizar seu objetivo, abraços!!!
queria ter esse corpo feio
@user é o pet da draculaura (pesquisei pq fiquei confusa de ser a forma dela morcego) a boneca preta da direita é custom n existe isso ai, fake news
@user mas não eram mensagens falsas?
@user Acabei de ouvir nos pingos nos is que a Policia Federal cumpriu mandados para prisão se hackers em São Paulo, Araraquara e Ribeirão Preto! Estou começando a me sentir novamente esperançosa! A PTzada não vai ficar impune!
rt @user a camiseta pro final do mês https://t.co/qk9j2vzzb4
Tava indo no mc almoçar ne ai vi meus priminhos um de 12 e o outro de 6 com salgadinho na mao eu perguntei e eles falaram q esse ia ser o almoço deles pq não sabem cozinhar. Ai eu trouxe eles p mc comigo e cara eles vieram o caminho inteiro agradecendo):
@user corra patife. os hackers foram presos. a hora de vocês estão chegando corruptos bandidos
30 anos A praça é Nossa (SBT), Carlos Alberto de Nóbrega entrevista com Ricardo Marujo, Jornal1, Canal 3 da Net, Tv Guarulhos, Geek World Cosplay, Tv USA Brazil https://t.co/U475udvYxD https://t.co/GYRNlZqLzM
Agora é pra valer . Minha conta oficial foi suspensa em definitivo, me acusaram de falsidade ideologica, de usar a imagem de outra pessoa . Pode isto? Paciência agora, me calar eles não vão, só Deus me cala . E tenho dito. Juntos?
@user agora a ogrobo. são os hackers que criaram tudo do super-herói nacional. #operaçãoadéliov2 https://t.co/ypdopzco6e
rt @user queria um final de semana assim com os amigos https://t.co/otvmcmoqll
Com os olhos cheios d’água guardarei essa data em minha memória, ver meu filho de apenas 2 anos cantando uma música do papai é muita emoção... Meu Deus que momento! 😍🙏 #Milu #Gabriel https://t.co/af9SDK7D0e
O gol mais bonito da carreira do Rei @user completa 60 anos. Os presentes na Rua Javari, naquele histórico dia, possuem a honra de serem os únicos espectadores desse lance mágico. #MemóriaSFC https://t.co/CH9pPxOFwD
@user não faz isso com você fofo, o rancor é veneno para alma. eu te amo💙 https://t.co/qy00buvijl
rt @user tu é cearense? sou sim! pois fala “está música é antiga” ei man essa musica aí é das zanta
@user o sr também cai com estilo?
to indeciso demais onde fazer a festa kkk to quase desistindo
@user eu gosto de ser diferente
rt @user e a anitta que mandou um vídeo para sua fã no dia do casamento dela ? kk olha a reação da noiva https://t.co/gc1imujfie
cara, ele foi contra a mureta, doeu aqui. ele tava ameaçando marreta os peixinhos do chafariz?
estes são tipo os filhos gémeos do jmendes, não vão a lado nenhum sozinho
Caminhe alegre pela vida! Plante sementes boas de paz e otimismo, vivendo bem com sua consciência. Ajude aos outros o mais que puder, de tal forma que sua vida se torne uma alegria constante, por beneficiar a… https://t.co/NkdVo4GEMb
rt @user já acordo chorando por causa dessa mensagem da minha mãe [09:45, 2/8/2019] maezinha: poxa! amizade boa, mas vc vai pod…
@user vamo fica doido junto ste pfv 😭😭
rt @user @user entenda porque a perseguição contra os procuradores da lava jato. https://t.co/kfckgxbjep
o único momento em que eu me permito odiar mulheres
essa é uma pequena thread de desabafo. eu já estou cansada do que chamam de “hate” na internet, de toda a militância desnecessária e da falta de espírito de todos vocês.
quatrocentos e dois #mpn #tazercraft
rt @user nada me abala, sexta dessa, dia tá lindo, bgl e paz e tranquilidade, segue normal..
rt @user todo dia chego na mesma conclusão: sou insuficiente demais até mesmo para amizades, quem dirá relacionamentos sérios.
junior urso no lugar de hernanes é piada, e do gerson tbm. ramires n joga desde 2017...
rt @user "você parece saudável, tá num peso bom"// "você parece doente, tá magra demais" https://t.co/flvlnlgxeg
rt @user melhor coisa foi voltar a frequentar a igreja dnv, nunca deveria ter saído de lá
esse povo desinformado agora ta falando que eu matei o velhinho
@user @user si fudeu 😂 o nosso presidente foi muito bem recebido https://t.co/24m4rfll5f
acho sempre necessário você declarar o seu amor pela pessoa, tanto em amizade, ou em algo mais, o importante é dizer pra alguém o quão insubstituível e importante essa pessoa é pra você
rt @user javier podia dar umas aulonas além da área que ele da em, iconezinho
rt @user muita saudade 😭💔 https://t.co/1mpv9vt6cq
@user eu amo alguma matéria???
rt @user eu dirigindo // eu na hora de entrar ou sair da garagem https://t.co/yxfkoity0f
@user eu oro
rt @user aí gente meus irmãos blake estou tão feliz aaaaaaahhh #the100 https://t.co/yqr10ukz2b
@user essa frase é minha, pode devolver https://t.co/g60gyrrlyc
@user ai irmã... n eh fácil
gente o kpop inventou a coreografia antes disso não existia coreografia
[1/8 23:53] Pladu❤: Falei pra Isabelle [1/8 23:54] Pladu❤: "quando a glória falta, parece que tá faltando algo' [1/8 23:54] Pladu❤: O dia não fica o mesmo [1/8 23:54] Pladu❤: 😭 Tem como não amar ????
( #Extinção - com patrocínio de Stark Industries, temos o prazer de anunciar o primeiro evento beneficente do nosso grupo! Se tiver interesse de participar da festa, favorite este post. +Infos nos comentários. https://t.co/tZefgDLJlI
vamo galerinhaaaaaa
@user ngm mandou n olhar por onde anda
começou a me chamar pelo nome é porq o trem ta fei
desse bonde eu sou o uribe o cara que chama mais gente ainda pra zuar o amigo
et bilu manda uma mensagem para a terra https://t.co/ovrlbjelpv
quem fala que tem uma relação puro frufru, tá mentindo.
A menina me passou os valores q ele gastou até agora. (Isso só os dias que ele ficou lá, mas ele ainda vai precisar ficar mais até melhorar, fora o tratamento e os medicamentos). Me ajudem por favor 🙏🏻🙏🏻🙏🏻 https://t.co/kn3mqlAXMa
rt @user a cada gole que eu dou na coca-cola sinto o gosto da morte
meu sonho e nao ligo se ele me matar vou morrer feliz
@user @user @user Uou! Aposto que vai ser um belo trabalho. Foram quantos anos de pesquisa (suponho que foram anos pela quantidade de informação haha)?
meu deus só se essa pauta rolar eu vou ser a mulher mais feliz do mundo
"nossa q menina grossa, me tratou com indiferença sou o pica" meu filho caguei
esperando a bonita da delilah terminar a porra de limpar a casa e assisti o vídeo cmg
@user @user @user aí é ponto de vista de cada um, pra mim é a mesma coisa...
como universitário eu digo que universitário é uma porcaria
foca fez a graça hj😅
@user que loko seria se a fonte real dos vazamentos botasse a cara no sol.
@user isso só pode ser mentira! não tem cabimento uma coisa dessa. seria o cúmulo do cúmulo do cúmulo.
tbm tenho
ok tu "sente" tesao, atração e etc mas qnd a pessoa fala q n sente nd pela pessoa, só pega, ela quer dizer q n sente nenhum tipo de paixão, amor e coisas do tipo, O AUGE VCS MILITAREM ATÉ NISSO
enquanto uns querem problema eu vou atrás da solução
Comentei hoje a tarde..... Sim, a moeda ainda cai de pé. Daniel Alves agora é do São Paulo. Se a maioria se sentiu impressionada com a contratação de Felipe Luis no Flamengo. Imagina Daniel Alves. Que patamar! Esse é o tricolor paulista!!!
@user vc acredita? eu nao consigo nega só quando a miley mesmo falar
eu gosto da ross e da rachel junto mas esse ep eh mt bom eu rio demais kkkkkkkk
@user pt vai entrar com recurso pra não prender os hackers
eu n vou conseguir ver descentedes sem chorar já aviso
o povo ia se aventurar dms, ainda bem q aconteceu agr cedo, pq n quero nem imaginar se fosse na hr do baile, as pessoas n pensa n https://t.co/5mqN4pgEvs
@user Verdade ela tem ouvir muita coisa calada inclusive esse teatro de vcs, ela recebe varios comentários escrotos diariamente, varias pessoas copiando o conteúdo dela, desanimando ela, isso ninguém vê né? Só pq ela mandou vcs lerem a legenda? Vc que quer perturbar
@user você é linda demais mano que inferno
onde eu fiquei totalmente sem a parte de cima kkkkkkkkkkkk
melhor momento do dia foi quando Marco olhou pra mim, perguntou se eu estava bem e logo depois da minha resposta ele me deu um beijo na testa e disse “ depois desse beijinho você vai melhorar princesa!”, eu amo esse garoto ❤️❤️❤️💖
onde já se viu um viadinho homofóbico???
hoje na praça foi mt legal kkk
acabou de publicar uma foto https://t.co/csfxxnzeoo
irmã tá fazendo minha unha 😍
@user piquet carneiro
rt @user tomar no cu, olha esse catch do odell https://t.co/o0tpdw80n2
@user @user tão inocente! a caminho da praia.
@user queria te dizer que eu te admiro muito e gostaria de ser seu amigo
@user @user duvido....🤔
"você se afastou de fulano pq?" gente as vezes nem eu msm consigo fica perto de mim, é foda...
assunto sério: a terceirão da minha escola: https://t.co/8fhlerwees
se teve uma morte q eu n superei foi a da lexa
será que já ta chegando a hora do recreio? quero jogar totó
se essa conta floppar a gente finge que não aconteceu
torcedor/ jogador ou tudo que envolve esse time só pode ser doente, não é possível colocar o time deles como gigante, time que no máximo é grande https://t.co/jJ5DUZyXXG
Comprei uma uno pra jogar com as amigas que eu gosto....porém comprei com o tema dos Minions, pois meu lado infantil e meigo falou muito mais alto..meus olhinhos brilharam
@user finalmente encontraram alguém pra pagar o pato!
eu apoio o pacote anticrimes. #stfvergonhanacional https://t.co/cz81mw86lz
@user Começarão a realizar prisões preventivas de influencers de esquerda que estão conquistando espaço e fazendo o gado pensar. Não temo por mim, temo pela cultura e pela sociedade que só tem a perder com este plano obscurantista.
@user Quer dizer que hackers do interior hackearam e adulteraram msgs que não mostravam nada de errado para atacar o Moro? Parece lógico que é verdade! sqn kkkkkkk
@user Cara vai procurar o que fazer, esse jornalzinho de merda é essa revista veja só serve pra limpar o cu, vc é uma vergonha pro Brasil...seu escroto
@user tem conseguido graças a dizer mal do clube.
rt @user lembre-se: você pode conquistar o mundo!
@user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user .@user Não existe UM anti-Lula honesto, NENHUM . https://t.co/0Gd2LFOvHE
DUAS PESSOAS FICAM FERIDAS EM CAPOTAMENTO EM UMA ESTRADA VICINAL DE GUAXUPÉ Uma equipe de Resgate do 4º Pelotão de Bombeiros foi acionada hoje, por volta… https://t.co/1AgFbK57L5
Olha nossos amadores como estão ? Hotboys é ou não ê o site mais quente da net? @user @user @user @user @user @user https://t.co/H90UCIby3A
Oi,gente. Esse é o nosso amigo Guilherme. Ele é muitoooo fã do @user e o sonho dele é conhecer ele. Queria a ajuda de vocês para darem rt até chegar no Felipe Neto. bjos https://t.co/aMluYkuSxC
@user Eu n posso dizer nd pra n acompanho e nem gosto dele, mas td mundo que eu vejo elogia as musicas e a voz dele e como ele trata os fans Ent 🤷‍♂️
rt @user stf voltou de férias. junto, trouxe a insegurança jurídica, discórdia, desavenças. #stfvergonhanacional
eu tento fazer algo, e no final continua sendo minha culpa
@user cuiabá
@user Sim???? Não é o perfil deles, n tem necessidade disso quando eles claramente tem tranquilidade e público pra vir pra show solo
@user não importa o que ele fale, importa é que ele está fazendo a coisa certa.
@user mas como é possivel estar sozinha nessa luta. serão todos os outros politicos corruptos em portugal?
@user mt dramática deus me livre kkkkkkkkkkk❤
@user @user @user 11 atrasos de nossa vida. #stfvergonhanacional
@user 🤮 - primeira impressão: legal, mas tinha ciúme de você com a amanda 💘 - nível de proximidade 0 - 10: 3 ✨ - uma mensagem pra você: conta cmg, vc é mt maneira pprt 🥵 - ppp
@user ficou bem dúbio, eu sei.
@user conheci antes da fama
rt @user eu falando q ia focar no 3° bimestre e não fui pra escola ate hj
@user @user seu fudeu . kkkkkkk
rt @user vai toma no cu a minha namorada é muito gata eu fico perdido nos olhos dessa desgraçada
@user na casa do senhor não existe satanás xô satanás xô satanás na casa do senhor não existe satanás xô satanás xô satanás...
caramba mto calor na região serrana fluminense vamos beber água e questionar a ordem vigente pessoal
olha atuação foi boa mas oscar eu acho que não sabe ele fez o mesmo personagem durante 11anos etc talvez endgame seja indicado em outras categorias como efeitos visuais em melhor ator eu aposto no joaquin e no taron
tão gostosinho ver a casa limpinha e cheirosa, af eu amo 🥰
(muito verdade)o pensamento é o único lugar onde ainda estamos seguros,onde nossa loucura é permitida e todos os nossos atos são inocentes.
@user @user biscoiteiro cade harry potter?
e agora chegando de fora o outro ficou sem embreagem 😑
STF GOVERNA O PAÍS Formado por advogados medianos militantes cercados de mordomias e poder Hoje eles são o judiciário, o legislativo e o executivo Para o bem do Brasil deveriam ABRIR MÃO DE SEUS MANDATOS Não há mais credibilidade em suas decisões #STFVergonhaNacional
@user tamo junto meu irmão !!!
fala fala e não pega ninguém — isso é verdade https://t.co/bogktuhodx
ja fez dupla penetração? — dedo conta? https://t.co/ukpxm1cd0l
alguma coisa tá errada aí
QUE IMAGEM! Após o termino da partida, o zagueiro Willian Rocha, do Tombense que fez um dos gols, atravessou o campo de joelhos. Atleta contou que que se trata de uma promessa feita, pois a um ano, o jogador teve uma lesão séria no joelho. Isso é o futebol! 📸 TV Liberal https://t.co/oYXefqHNuQ
Costureira q levamos roupa p arrumar ligou p dizer q as roupas da mãe estavam prontas. Ela perguntou do concurso em bsb, disse q n fui muito bem. Ela me disse: n te preocupa que coisas boas virão, a tua hora vai chegar. Ela tem uns 70 anos e é de uma doçura... Q coisa querida
sera que eh algum tipo de bruxaria?
@user tô quase fazendo isso msm mas falta pouco pra eu tirar ele
@user o meu só tem foto fofinha
tô fazendo uma limpeza de pele, tô precisando 💁
Podia ficar aqui a falar do quanto gosto e sou grata por ti, mas nc ia chegar. És das pessoas que mais agradeço todos os dias por estar cmg, ainda por cima há tantos anos. Gosto tanto de ti, nem tens noção. Obrigada por tudo!
Pessoal de Nova iguaçu, estou vendendo esse quadro de gatinhos por 200 reais!! Se estiver interessade me chama na dm e caso não for comprar me ajudem a divulgar? #pintura https://t.co/2LkYAHfeGb
@user @user amo a maricy. ate agora não se enganou em nenhuma!!!
minion não cansa de ser piada
aularry • fallingforyou Louis nunca quis um relacionamento amoroso, era ele, seu cachorro e nada mais. Mas quando um estranho bate a sua porta tarde da noite, com um filho nos braços pedindo ajuda, você não nega e parece muito difícil não se apegar a Harry e seu pequeno garoto. https://t.co/yLBpLm2IV2
Essa é a minha intenção! Nao vou me desgastar com toda a negatividade da tl,só aceitei e pronto, todo mundo canta bem e dança bem então eu espero o melhor deles
@user Ar pode parar o fluxo de oxigênio de uma pessoa além de estar em qualquer lugar, mesmo que se possa gerar agua a partir da umidade no ar é uma quantia restrita. Não da pra fazer surgir um tsunami do nada sem una fonte de agua proxima mas com certeza pode se criar um tornado
@user matéria merda, só fofoca
rt @user @user não sei oq é mais chocante, um botafoguense, ou um botafoguense falando de torcida e grandeza.
eu já nem gosto de anos novos... o que começa é pior que o anterior...😂
@user os dois, no caso
eu fico triste demais mano
@user queremos mais pois tem muita gente!
rt @user homem n gosta de pé bonito homem gosta de umbigo p dentro
@user eu to feliz d++++++++++
rt @user jk: vc ainda me ama? jm: é claro que eu te amo jk: d-depois de tudo? eu: https://t.co/18pugi2kif
rt @user a ajuda sempre vem da onde a gente mesmo espera. isso é pra eu aprender com quem devo contar !
Que eu sei usar o Google Images. E as fotos deste perfil são roubadas de uma "musa fitness" chamada Nicole Borda, que tem um milhão e meio de seguidores – sonho do fazendeiro de bots que está tentando bombar este perfil para vender no futuro por uma boa grana. https://t.co/ZabIC4vU2F
Feed criado, logo sai os episódios: (link: https://t.co/jBtNQccnye) https://t.co/ZXeYfRda8b… Segue o cast no instagram: (link: https://t.co/Ob5udA2QEL) https://t.co/bjp9jRb30f #podcasting #podcasts
@user @user Santo André era série B na época. Assim como o Paulista de Jundiaí também era da série B quando passou a biluga no seu time na final um ano depois. A diferença é que o Santo André já disputou a série A. O Paulista, nunca.
sei lá o jeito que eu me iludo com quem não vale a pena é diferente :(
O gay do meu primo ontem assistiu vingadores na tv da casa da minha tia e nem me chamou, mesmo que eu não iria pq estava ocupada poderia ter me chamado né
eu não conquisto nada, acho q sou o santa cruz
rt @user segue e rt. divulgaa. #sextadetremurasdv https://t.co/wxfj8syjzv
"saudades quando eu era conhecida na boca de cdv, ninguém botava uma arma na minha cabeça filha... hoje a gente chega aqui com o cu na mão, meu carrin não vale nada mas imagina se arrombam ele de novo" - mãe. https://t.co/ZwpYifqyE8
@user qualquer resultado desde que não sofra gol em casa! pode ser até 0x0!
as pessoas só são boas com você até quando convém para elas! você só presta, quando está sendo boa pro outro e depois quando você não "serve" mais, você não presta e falam mil coisas.... SEM TEMPO brothersssss
@user esses são os tais russos pagos com criptomoedas naquele papo do pavão?
rt @user intimidade eh o caralho isso ai eh falta de respeito (no mínimo) https://t.co/6gs8ei46mr
@user @user @user eh q uma pessoa suicida não significa q ela já morreu, é alguém c pensamentos suicidas e tem vontade de cometer o ato. palavras de uma ex suicide girl 🥰🥰🥰 MKKKKKKKKKKKKKKKK
@user completamente errada, meu deeeeeus. Praticamente disse que ele é o errado da história, que tem que ser humilhado e hostilizado por ser ministro. M E U D E E E E E U S S
Conheça o Grammeowster Chef, o mestre culinário de Seliana — e antigo mentor do Meowscular Chef de Astera! Cinco coisas que aprendemos sobre Monster Hunter World: Iceborne, chegando em 6 de setembro: https://t.co/vo6qeVCGri https://t.co/g5Dz9P1rj4
enxaqueca fudida por causa do intervalo do anticoncepcional
@user e meu amigo que já bebeu loló
meu passe vai durar bastante do jeito q eu ando perdendo o onibus
Toda essa junção de raiva, desprezo, asco que vemos internalizado no Louis em relação ao Simon é o que se configura o ódio. Daí eu te pergunto, nós sabemos que o Louis é um doce de pessoa, ele não é egoísta, é protetor com quem ama, o que esse homem não deve ter feito pra ele? 😢 https://t.co/JRNXK5C0Er
LISTA DE MITOS DA NBA: Vince Carter Dunk Contest Modo Playoff Lebron Hoodie Melo Kyrie Careca Fred VanVleet pós nascimento do filho Flu Game Jordan Linsanity Frobe Gilbert Arenas Glock 17 Andrew Wiggins vs OKC Harden olhos vermelhos 13 pnts em 35 segundos T-Mac
@user quem ve assim nem pensa que briga comigo todo round por causa das minhas pinadas
só enzo pra me fazer rir uma hora dessa mesmo cara.
@user @user @user eu uso teclado europeu, so pra ter uma noçao o ç n fica no mesmo lugar do brasil
rt @user eis que voce não da assistencia em casa e ela vai procurar prazer com um dotado. 😈😈😈🔥🔥🔥 https://t.co/cutaj99roj
não acredito que acabei de fazer 18 anos e ja vou ser presa tnc to saindo de casa criminalmente gostosa
@user Sun Tzu disse q poderia treinar ate concubinas do rei p obedecer ordens pediu autorização p demostrar Deu uma ordem e elas caíram na garbalhada uma segunda vez e gargalharam novamente Sun tzu ordenou que decapitassem as 2 lideres a gargalhada acabou e fizeram tudo como ordenado
eu, rayane e isa inventamos de fazer pizza... só acho que isso não vai dar muito certo 😂😂😂😂
e o jungkook que de noite tava performando rainism e de manhã tava indo pra escola com o seu uniforme amarelo como se nada tivesse acontecido https://t.co/yG9cciVWKl
nathalia pediu p mim chamar o alessandro p essa resenha kkkkkk merdele na certa
rt @user palpites de uma possível final ?? https://t.co/saosox7cky
@user mano juro q eu já to c essa vtd a mor cota kkkk só tenho q cria coragem mai tá difícil
não entendi o surto sendo q ele ta certo amore
eu mc saed fui da um rolé com o amigo na comunidade chegando la ele me apresentou uma novinha
rt @user não gosto de gente que fica em cima do muro, gosta de indecisão vai atrás de um (a) libriano (a)
@user @user não rola vocês duas trocarem de lugar???? prefiro a clara
na bruma leve das paixões que vem de dentro....
eu particularmente acho coragem esses homem q tiram ft com o pintinho marcando kkkkjkkkkkkkkk me racho
oi meus tesudos, adorei todos os comentários do último vídeo 😍😍 sabem que vcs moram no meu ❤️
eu bato na porta fico olhando pra kassi e ela já sabe que eu quero chorar chega ser engraçado
amores da minha da minha vida não vou esquecer vcs jamais ❤️✨❤️✨😍❤️😍😍❤️😍❤️😍❤️😍❤️😌❤️
só queria me distrair um pouco, fazer coisas que diferentes ..
não nos representam. #nasruascontrastf
Aliado a isso tem a construção da @user se tiver com salários atrasados, e todas as demais despesas e contas, vem um ação judicial e penhora o $$ da Arena! Tem que chegar em 2022 com as contas em dia, clube saneado, e a Arena pronta! Aí sim vamos mudar de patamar!
rt @user gaúcho veio com fome 🔞🔥de ppk🐸💧💧 matei a vontade🤤🙈😈 vem que mato a sua🔥🔞👻 rt que vc me faz feliz😍💕 https://t.co/d1bwds…
#stfvergonhanacional voltemos às ruas!!!😠 não à ditadura da toga!!!
Eu espero do fundo do meu coração que dessa vez a @user faça um divulgação pesadíssima do novo single dela e que tenham muitas performances pelos programas de tv (eu quero o hit rainha)
@user É COM MUITA VERGONHA E ESTRANHEZA QUE VEJO O HOMEM QUE DEPOSITEI MINHA CONFIANÇA NO VOTO DIRETO, DE FORMA CRIMINOSA CORTAR A MINHA APOSENTADORIA , USANDO DE UM MÉDICO PARA DEFORMAR UM LAUDO DANDO EMBASAMENTO JURÍDICO PARA CORTAR MINHA APOSENTADORIA POR INVALIDEZ.
@user ta querendo pegar o bofe do outro vadia
Chateia-me mais o facto de que à medida que o tempo passa, mais músicas serão feitas e outras (as que são mesmo boas) irão cair no esquecimento. https://t.co/WiHDSm6j2F
rt @user menor, tem uns bgl que eu prefiro nem entender
Geovanna Alvarez é aquela gatinha para andar de mão de dadas em qualquer lugar! Linda de rosto, cabelos lisos, jeito delicado, corpo lindo e natural. https://t.co/E1AjY2uzLg @user @user @user https://t.co/FEtg803nz5
Eu n sei nem das minhas próprias coisas, já tava era marcado o programa q eu não sabia DESCULPA MAISA aaaa😭😭😭😭❤️❤️❤️😂😂😂 https://t.co/Fxpe8OmS31
rt @user mimhas amigas sao lindas tem um corpo lindo sao legais gente boa bonitas eu sou feia chata corpo feio e feia
Mulher de garra, lutadora que não se deixa abater. Lutou durante 3 meses, passou por provas intensas, desgastantes pra se proteger! E se fez campeã do bbb 19💥😍 @user te amoo❤🐷 https://t.co/wP2Sf7hgdf
devia estar estudando mas... s03e07 of parks and recrea...! #parksandrec #tvtime https://t.co/pwnwurowal https://t.co/px4stw8csk
@user @user todo apoio a Ricardo Galvão, longa vida a nosso cientista que enfrentou o fascismo de frente, o covarde nao foi capaz de olhar nos olhos dele e repetir suas acusações, isso sim é forte de verdade, tem compromisso e assume suas responsabilidades não é um machinho como bolsonaro
Aqui temos um exemplo claro de um lixo tóxico humano. Um pilantra que fez campanha pra arrecadar dinheiro pra um tratamento caríssimo p filho doente, arrecadou mais de 1 milhão e sumiu, foi curtir a vida, enquanto a vida do filho tava acabando. https://t.co/SwnbZtvh3R
2.5 de miopia em ambos 😔😔 mas já deve ter aumentado
não acredito qq chegou o dia de me despedir não só do meu filme mais do último papel do cameron antes da sua morte pqp não tô pronta pra dizer adeus um dos melhores filmes da nova era da disney só vem d3 qq tô pronta #Descendants3 https://t.co/Tnb7kIAb2e
@user atrás de bandido, seria melhor.
@user espera feliz, mg
parabéns pela coragem, porque noção só pode ta no cu
sdd de beber com os amigos que eu gosto
rt @user cada vez mais parecido com o jyp https://t.co/p34hxq6wll
@user @user até que enfim !
no país onde a facada que não aleja, elege
segui de volta vou curti uma foto sua 😉 — jae https://t.co/ajrxvv10mq
rt @user deus sabe de todas as coisas, ele está no controle de tudo
ninguém acredita no stf... #stfvergonhanacional
abraços espaciais' is this real life?
@user Temos q mudar a CF/88! Ministro só pode ser investigado por decisão do próprio STF, Impeachment só acontece por votação do STF. Tem q ser por maioria das 2 casas legislativas. O STF não pode autorizar investigação, até investigar e depois julgar, ou seja, porcos julga porcos 🐷?
rt @user e ainda por cima foi um x9 https://t.co/xi4t4cb1va
o boy não tinha mais assunto para puxar tá perguntando qual shampoo eu uso akkdkakdkakska qqqqqq
Queria fazer aquele negócio de "poste uma foto sua e dos seus bias, e vejam com quem te shippam" mas como eu vou fazer isso se sou feia pra diabo? O minimo que iam dizer é ora eu ficar sozinha :( https://t.co/BsddliRiEN
coisa mais lindx desse mundo, vamos se comer?
Diretor do @user , Ricardo Galvão, é exonerado do cargo. O presidente @user tinha dito que o demitiria por não acreditar nos dados do Instituto sobre #desmatamento na Amazônia. Galvão disse que após críticas, até da parte dele, "constrangimento ficou insustentável".
@user isso amigo é assim mesmo
@user que deus abençoe essa nova caminhada meu amigo.
@user e se for se farmácia?
@user Tá na hora de ajudar a nossa floresta amazônica pois todos sabemos que está totalmente sendo destruída , a senhora poderia fazer uma nota para a imprensa mundial alertando a todos sobre essa situação no nosso país. Contamos com teu apoio. #Salveaamazônia
@user vc tá vendo por onde?
@user e nesses dias parece que chove pergunta/comentario idiota e eu fico 🙂🙃😠
@user @user @user muito fã sua, fran. até fica desenhando pentagrama pelos lugares.
@user o que tem a ver um com os outros?
@user @user verdevaldoooo..... run! 🏃‍♂️
@user kkkkk podia ter dormido sem essa.😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂
são coisas assim q me faz rir e ficar admiradas ao msm tempo kkk
sempre tem aquele @user que a gente gosta muito é tipo fav mesmo a gente ama os tweets e queria muito ter uma amizade mas tem medo de ser ignoradx pq o @user é famosinho
quase q botei tudo pra fora por causa desse bendito remédio
deus coloca uma nuvem na frente do sol aí rapidão, eu vou jaja trabalhar
@user feliz aniversário princesa te amo beijos
@user @user nom é não fica tranquilo ele ta vivo
O povo falando q decorar RG e CPF é coisa de adulto mas no meu caso msm foi pra fins de reclamação, agradeço a vivo por ter 70% de participação nisso https://t.co/5IsJCSHyAA
rt @user ah não se calleri tbem chegar, serei obrigada a andar de joelhos na rua.
que bom né amado
@user EM RIBEIRÃO PRETO MINHA TERRA, CAPITAL DO AGRO NEGOCIO E DE GENTE RICA E DE GENTE QUE PENSA QUE RICA E FASCISTAS, DIREITISTAS EXTREMISTAS E ASSASSINOS. ACREDITO QUE ENCONTREM ALGUM IDIOTA QUE PENSA QUE PE RICO E SE PASSE POR ISSO
KKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKpqp irmao cabou comigo agr
O AUGE meus primos de Brasília querendo dicas de boate boa em Goiânia pra ir hoje... Se tivesse alguma choppada eu ia chamar pq com certeza muito melhor
@user que pegue esses safados, todos, ficamos reféns desses ladrões que invadem a nossos celulares....
aí vem aquele pensamento "que vontade de desistir de tudo" mas tudo o q? se n tenho nada além do fracasso que carrego há anos comigo?
@user Todos os dias cai pelo menos 10 contas de amigos seguidores, hoje foi a minha conta, derrubaram 1 minuto após eu reclamar com o twitter por terem derrubado a conta do @user https://t.co/zXXYRpxdLq
eu tenho ciúmes dos outros “melhores amigos” de gabriel, mas ele n tem dos meus. isso que eu chamo de balança
Desde 2015 o Jongin já tinha comentado sobre lançar um álbum solo,ele debutou a 7 anos é e o único no EXO a não ter sequer uma station,exols e Erigoms estão esperando um SOLO do Jongin e não um debut com ele em um grupo novo #SM_보이그룹론칭_취소해 https://t.co/slhBOXjSYJ
minha mão tá coçando, será se vou ganhar dinheiro?
ter irmão canceriano c asc em escorpião eh ter q ouvir música romântica o dia td qnd tô c ele
@user @user vc é um ser que dá pena...
até queria conversar, mas não vou chamar dnv mesmo
@user espero, ta foda mano.
amo vocês! ❤❤🙌
@user parabéns presidente @user sabemos o quanto tens trabalhado, estamos apoiando. juntos pelo brasil 🇧🇷😎🙌
Tenho um gosto completamente diferente de algumas pessoas da minha idade slc .. pessoal “noooossa tal coisa foi super fodaax que loucooo, vc é zika” eu só fico “mdss que doente, olha o perigoooo .. nao pensa nos pais mesmo, retardado” kkkkkkkk isso q é foda
@user fica mal pela cidade kkk
rt @user ainda bem q sabe q tá de parabéns! https://t.co/rpa4z2et6z
rt @user @user pq cristo não interfere amigo 😎✌️
sou suspeita para falar, mas as duas seguranças que estava na portaria da puc hoje são fofas dmsss, estavam desejando um ótimo retorno a todos que passavam por elas
só no banquinho, rapaz
@user acabou regassando na dança e com a cara mo boaaa
Deixei a Aeronáutica pra virar astronauta,abri mão de promoçōes e aposentadoria e virei chacota. Vou ficar nesse empreguinho sim,o Estado me deve. Vocês retardados anti-ciência me devem.O problema era floresta? Depois o mato cresce de novo e pronto, resolvido. Vou resolver o meu!
dani alves na lista? confira as contratações mais bombásticas https://t.co/vhtv7iusgl #lancenet
Ninja com 72k de views na Mixer e ontem uns mlks aleatórios aqui do Twitter dando pitaco q o cara ia falir jkkkkkkkkkkkk eu acho comédia demais como as pessoas na internet falam com propriedade sobre coisas q nao manjam nada 🤙🏻
@user tu que gosta
@user @user Mesmo sem checar a autenticidade da noticia ? É sério isso ? Se um jornalista vai dizer que recebeu a noticia que o ministro é corno, pode sair assim divulgando sem checar se o fato é verídico ?
ai, que tédio 😒 vou assistir alguma coisa
rt @user ah mano sei la mo tempao que eu nao cantava ta ligado? https://t.co/71jj6q4uyu
completamente diferente com o que vem sendo divulgado pelos jornais .
rt @user minha meta de vida é ser a pessoa q nunca tá em casa pq tá sempre viajando
eu ai me agarrava nessa infeliz e descia unhada e tapa nela vsf fã coreana nao tem um pingo de simancol
odeio qnd fico entalada sobre algum assunto, aí sempre escrevo um textão no bloco de notas pra me dar uma aliviada
meu destino tava distraído não olhou pra frente olha só no que deu, bateu de frente com o seu
parou de falar com a nayala? — crlh toda hora a msm pergunta ? https://t.co/bldbqmgb0a
@user @user eu já faço parte da comunidade de memes
Postei uma vez falando sobre e fui super criticada por alguns que gosta né, obviamente. Eu acho feio simmmm, aliás, já vi "conhecido" meu de vista falecer por conta disso, mas é aquilo né opinião é igual cú cada um tem o seu, e essa é a minha, e quem não gostou fds! https://t.co/YJ3gHRqyih
Meu tt sofrendo pq allan mandou um e-mail com plano de aula, eu sinto muito mas o inferno só tá começando, queria dizer que é lenda urbana mas infelizmente é real esse terror todo
eu e quem
br: partiu pegar uma prainha kkkkkkk brinca mt
o jeito é volta p face
mano, que merda tá acontecendo comigo e com a luana caralho?!
peguei da tml!! 🍼💫 poste uma foto sua e de 1 utt e 2 bias e deixe seus mutuals decidirem com quem te shippam mais se flopar vou fingir que nada aconteceu k https://t.co/OauoILHdvV
a última desse diazinho 🤷🏽‍♀️ em búzios https://t.co/e6tbejqjm4
rt @user mais um confirmando que as mensagens são verdadeiras https://t.co/ucothl6s76
o pte da oab atingiu a colega com agressão verbal sem medida. cadê a comissão de ética??? #forafelipesantacruz oab
@user n gastou nada
eu vendo os stories do pai da anitta falando que por causa do scooby anitta deixou de ser sua própria empresária, dizendo que o scooby é bom de cama https://t.co/9r8A8NE3Eb
poxa todo mundo expondo o esquerdomacho amigo de vcs e vcs ainda dando moral https://t.co/ojjjlgeyfk
to plantada há uma hora esperando a melissa sair do trabalho p gente se encontrar, q tédio
@user @user @user tem outros "grandes" jogadores cm ucl
O ministro do STF, Celso de Mello, falou sobre o presidente Jair Bolsonaro: "O comportamento do atual presidente da República [...] traduz clara e inaceitável transgressão a autoridade suprema da Constituição Federal." https://t.co/2NHu0robuV
eu quero muito comer chocolate gente mas o sol tá tão quente pra eu sair de casaaaaaaa aaaaaaaaaaaa vou chorar to de tpm
@user @user é, agora entra lá e pega challenger, pra ver se tu consegue
um total de 0 pessoas
rt @user q saudade da ex experiência de comprar tênis novo
vossas excelências do descaramento. #stfvergonhanacional
@user @user o povão não precisa de lei rouanet para sobreviver. vai trabalhar vagabundo.
@user se n tiver de glock ela nem olha p vc
@user @user @user @user @user @user @user @user @user @user @user no primeiro ne, pq iria ser no segundo se fosse no segundo eu avisava https://t.co/Izx3ulAzR6
@user @user é o diguinho? bem que eu desconfiava danilo.
@user A gravadora e as distribuidoras da Warner estão se esforçando pra era ter algum single hit, mas os próprios meninos não coopera. A sorte é que o álbum vendeu mais de 1 milhões de cópias mundialmente e a turnê tá lucrando bem
rt @user consegui inscrição no edic só falta o dinheiro
to podre a sono e não consigo dormir pior merda
rt @user a próxima pizza é bom estar escrito: "monsta x 2020 no allianz hall' 😤 https://t.co/w95nkgagaj
@user em outros tempos esse senhor ia para a fogueira
@user você se deixa tragar pelo buraco.
@user e eu preciso de vodka, então sem chuva 😘
carai mano , tadinho do nemo
@user cuidado levar susto mô https://t.co/t67bsgljut
@user só pode, devolve minha unha aí pf
o cara veio me pedir um pastel e disse: me vê um envelope aí ?????????????
a pior coisa que pode acontecer na vida de um profissional de ti é ter uma espinha enorme na bunda que nao deixa voce ficar sentado sem doer
Thread tudo que a Miley Cyrus já fez em prol da comunidade LGBTQ+. 1. Miley Cyrus era uma das únicas artistas da Disney (em ativa) a sair em defesa dos direitos LGBTQ+, mesmo a empresa proibindo seus artistas de apoiarem tal causa. https://t.co/WlC9hxgMzB
@user Eu sou mais filho da puta do que todos os PETRALHAS, espuma de ódio Gregório Duvivier, o FASCISTA NAZISTA COMUNISTA PARASITA ESQUERDISTA ZÉ RUELISTA, BUNDISTA CORNISTA na TL do Pássaro Vermelho!!! VTNC ZÉ "BUCETA"!!!
rt @user "estou a dormir esses 'bonecos animados'... pelas contas, podíamos chamar isso hentai" -- no som com o @user
rt @user desculpa mais não é hj q azinimiga vai me chamar de feia https://t.co/gwqltpgmbx
tem hora que eu acho meu vocabulário tão masculino, puta merda!
Atleta do CD Feirense no dia da Avaliação Oftalmológica &gt;&gt; Siga-me no perfil @user #olhos #doençasoculares #doençasocularessilenciosas #doençasocularesprofissionais #tratamentosoculares #palestras #congressos #amigos #oftalmologica #oftalmológica #clinicaoftalmo… https://t.co/9BVcOXDAlX
kjjkkkkkkkkkkkkkkkkkkk ô raça
arrumar a minha mala pra ir pra casa da amiga que eu gosto hihihi
@user Amor da minha vida, princesa, anja, maravilhosa, motivo da minha existência .... Essas coisas .... Mas para me referir a ela com outras pessoas é "mãe".
@user @user Vai pra cadeia, Glenn! Pagar um hacker para invadir a conta de alguém para depois editar os arquivos foi uma atitude de alguém extremamente mal caráter! O Pavão tinha razão! A PF já está na sua cola!
@user @user @user Vc por um acaso é retardada mental? Pedir informações a COAF não é investigar. As investigações começariam caso os relatórios apontassem dados suspeitos. Só podia ser esquerdista mesmo essa anta.
tenho q chegar em casa primeiro kk
@user Na mosca! E a PF já adiantou a conclusão da operação no próprio nome. Vai sair confissão de acesso às mensagens e adulteração do conteúdo. Nada corrente, mas seguindo o discurso do MJ e do DD. Patético https://t.co/4npDf6Lqgb
pode vimmmm o bande todo suas putinhas kkkkkkk
rt @user atenção vc que mora em brasília 🚨 ajuda! #stfvergonhanacional https://t.co/jvk1bnqlql
esqueci o óleo ligado dps de frita a batata e agr ta com cheio fodido de ruim a casa toda
rt @user o d e i o professor que nao anota nada no quadro nao da pra acompanhar o raciocínio
rt @user essas muie brinca dms, nd passa batido filinha🤣
só queria encher a cara, é pedir muito?
@user ok, vai continuar assim?
rt @user sla eu acho q vo matar vcs agora https://t.co/9e8nw25r2b
@user mineiro.
rt @user @user @user falta pouco agr #mpn #army #bts #boywithluv @user #mtvhottest @user
@user mano quem é contra as denúncias do intercept brasil sabe que ta errado mas liga o foda-se pq o ''errado '' ta do lado deles, Simples.
rt @user ja vos disse q net da nos é uma merda ?
milhões em recursos somem, é o mal do homem 🤷🏻‍♀️😉
@user muito bom.
rt @user duas fadas recifenses morreram ao ver isso https://t.co/kljqcedboe
rt @user - qual estilo do cara que você gosta? eu: https://t.co/pompmya2nd
fia era o casal mais lindo carai — 👍 https://t.co/ds14cerrql
hj um amigo dela veio falar comigo pq ela n fala mais com ele só quer saber do macho eh meus amigos..... vamos ter q fazer uma intervenção
rt @user macho: futebol não é pra mulher futebol feminino: https://t.co/7gny0tbylb
@user @user nem você acredita nisso https://t.co/xtakslg0tk
rt @user que orgulho mesmo😍 paulinha na fab https://t.co/7nqqkm6j7a
woong conhece meio mundo kkkk
lindo mesmo é você bb😍❤ @user
@user injustiça com a população mais pobre do brasil ou preconceito mesmo?
o video da karen com o tassio e a joyce eu vou chorar
boa tarde, eu tô muito feliz https://t.co/rflearnf9w
Hoje, os Devotos se apresentam no Sesc 24 de Maio e você pode escutá-los ao vivo na nossa transmissão sonora! Sintonize a partir das 21h: https://t.co/zR8FLn8eRl https://t.co/P4lDCbrBms
não https://t.co/ay3dmqmmfw passar vergonha... https://t.co/o89fq2sum8
essa música eh muito sla mano, ver os meninos se divertindo dá uma sensação horrível de tristeza, a música é animadasa mas te deixa na bad e é por isso q é um dos melhores mvs do bangtan, ela é toda feliz como se tudo estivesse bem mas te deixa triste porque você sabe que não tá https://t.co/2ZMJqcChGy
rt @user @user sem graça 🙄
não sei como não tens vergonha dessa merda de pessoas que és
VAZOU UMA RECOMPENSA DO CATARSE DE HQ DE BRIGA!!!!!!!! UM CADERNO ESCOLAR A5 PAUTADO COM A SUA PRÓPRIA CARTELA DE ADESIVOS!!!!!! FEITO PELA PRODUTORA GRÁFICA MAIS INCRÍVEL DO BRASIL @user NA MORAL É LINDO DEMAIS https://t.co/85RTRa68io
eu : " aaaa eu nem me apaixono fácil não " pessoa : " bomm dia meu amor " eu : " 😍❤💓💔💟💕💖💗💘💝💞"
perfect date passou a ser meu filme favorito é isto
rt @user @user @user dois bissexuais q são taxados de "feios" fora do padrão coreano metendo o murro nos coreanos apoio
@user suprema esculhambação é a vergonha nacional #stfvergonhanacional
@user queiroz???? vá procurar você .
@user @user @user @user aqui no sul a imprensa fala em flamengo x palmeiras
@user vc é um caso perdido irmã
Se arrepende de alguma coisa? — Não me arrependo de nada, tudo que fiz me trouxe algo, se não foi felicidade pra caralho, foi aprendizado de sobra!!!!!!!!! https://t.co/vZXmU9pnsU
sera que um dia eu vou achar um livro que tome o lugar de eu te darei o sol na minha vida? jamais
como é que hoje fui almoçar fora e estavam dois gajos para aí da minha idade a tirar macacos e a limpar na cadeira ? seus porcos 🤮😪
@user Cada caneta tem tinta suficiente para escrever por entre 2 e 3 quilômetros (dá para fazer um traço do começo ao fim da Avenida Paulista, em São Paulo)
“quero ver quando chegar no stf” eles diziam 😘
arrumei as coisas da alícia pra ela ir passar o fds com o papai dela. #minhanenemtacrescendo ❤🥰
@user sai do anonimo filho duma puta bota contra safado
Não costumo considerar tanto vitórias como estatística de QB mas isso me chamou atenção. Vamos ver quem acerta o segundo desde 2016: 1- Brady 35 2- ________ 32 3- Brees/Roethlisberger 31
@user amo, pedir gloss igual se pede isqueiro pra fumar, e nunca mais devolver
o povo aqui em cs resolveu se unir, nenhuma briga até agr, quero ver até quando dura
@user relaxa mano, tudo dominado. https://t.co/ruxrlirzq5
rt @user coisas de baile 😂👏🏼😎 https://t.co/euzh3exdtp
se quer saber se quero outro alguém neeem de graçaaaaaa neeem de graçaaaaaa
🔊 Mudra . As ondas sonoras como forma de exploração da mente em suas infinitas camadas. Gestos que permitem sintonizar frequências de energia no universo 👽 . 6a do Movediço, nosso novo álbum (link na… https://t.co/iCOSPMrDlx
enfia um rojao no cu logo e sai voando
@user kkkkkkkk...... sério que isso é feito por gente que estuda e se forma jornalista ? inacreditável
A minha mãe estava no Facebook dela e uma amiga dela compartilhou uma publicação do grupo dos Queen onde estavam a comparar o Freddie ao Jin neste vídeo e onde disseram que ERA UMA OFENSA O QUE O JIN FEZ!! WHAT??? https://t.co/NeMnJwkhxU
rt @user quem gosta disto tem sérios problemas https://t.co/7uhicefnhl
@user cadê o arquivooooo? agora que acho que pegam os hacker né? será que eles vão entregar?
@user @user quando achamos que é o fundo do poço... ainda descemos mais
rt @user a inveja é das piores coisas , muito feio !!
essa mudança de tempo do nada e oq fode minha saude
sporting leva 19 jogadores para a supertaça, incluindo bruno fernandes | sapo https://t.co/bzpbgjza8p
rt @user 'amigos' dizem eles.😂😂 enfim
👐💛Guia me pra que em tudo em ti confie , Sobre as Águas eu Caminhe por onde quer que Chame 👐🎶 Ao teu nome clamarei , e além das ondas Olharei ,se o mar crescer somente em Ti descansarei pois eu Sou Teu e Tu és Meu 🎶🌻💛💚 https://t.co/wHFtiasCSz
deus é mais
n vou nem perder meu tempo falando alguma coisa pq eu n tô com cabeça
@user eu tô apaixonada, aliás eu não tô apaixonada mais tô sendo correspondia amem!!!
@user sei de nada não eu não assumo esse b.o
imagina que eu ia desperdiçar essa hora sagrada https://t.co/mv7qxzbjes
se o pessoal não fizesse questão de ir nesse show eu nem ia cara, ta me dando tanto estresse, quero nem ver no dia
#VemPraUnipampa O resultado final do processo seletivo para ingresso no curso Letras - Português EaD já está disponível! ;) Os selecionados devem fazer sua matrícula na unidade escolhida de 05 a 07/08. Resultado Final: https://t.co/eq2S2AizAx https://t.co/LuGzEkFJQd
mais surtada que eu, só duas de mim kkkk🤷🏽‍♀
parece que algumas pessoas não acordam pra vida né
rt @user chris: eu sei ser dj jerome: o carinha que mora logo ali, ta me dizendo que sabe fazer um som? https://t.co/7tcupezuoo
ba tava eu joão, vine e do nada broto o elimar ai sim meu, me matei de rir kkkkkkkkkk
carregar um bebezinho na barriga é difícil viuu
rt @user eu tomo muita água messssssmo e eu fico urinando; água minha barriga fica cheia de; água á g u a
e eu que nem precisei entrar pra corte pra ser feito de bobo
@user adoraria colocar a boca nele
tentando assistir a última de oitnb enquanto notificações do thomas cantando nxzero em caps lock cobrem metade da tela.
rt @user jungkook e jimin andando por tokyo espalhando muito amor e viadagem por onde passam https://t.co/nnwucxn8jh
Brasilllll ta uma vergonha,acordo e vejo meu whats dá vontade de sair apagando tudo de raiva 😡muito analfabeto, ignorante ,eu escrevo ,a pessoa pergunta a mesma coisa🙄e tem muitos que eu tenho que adivinhar o que esta escrito,caralho
@user claroooo!! onde mais eu estaria??
@user @user @user @user @user @user @user @user @user @user @user @user Sim! Mas no caso deles é um App. Estamos olhando para projetos que são prioritariamente Web. :)
rt @user quando vejo a bunda dela dando bobeira https://t.co/yjsnqisrfp
@user amg n ta dando sou chata demais
rt @user ele acabou de ir embora e eu já estou com sdds 😔☹️
meio de semana na favela, só vai me ver largado msm e se foda. 🖕
eu com a raquel
@user @user é impressão minha ou há uma tensa sexual no ar? https://t.co/oxtcgvvk7m
rt @user a pessoa não tem noção que palavras machucam tadinha
@user nunca gostei desse cara, um belo pedaço de bosta
rt @user reciprocidade é tudo se a pessoa não faz questão de vc não faça dela
eis q seu amigo quase morre no tiroteio
@user Danilo você é fooda! Sem dúvidas um dos poucos que restarão! Os verdadeiros nós nunca esqueceremos, os outros mudarão apenas para se encaixar !
rt @user 4 meses p acabar o ano como assim?????? quase na hora de decidir roupa de natal e ano novo novamente
meu celular n fica pronto logo q porra
@user osso fala
pessoal acreditando q a millie era bi k
se dessa vez, atrasar: fodeu! fodeu mt
rt @user @user aaaaaooo, vai arrumar a casa porra
quase comentei "caramba você é igual a sua mãe!" na foto de um colega mas é só ele e uma amiga
rt @user aquelas amizades que pode ficar um tempão sem se ver que é sempre a mesma coisa ❤️
rt @user você é.bonito pra caramba, né? a diferença é que esse aí do mural era um sujeito inteligente e notável. já você... htt…
no meu exame que abri sem ir ao médico deu que estou com um derrame articular no pé/perna direita alguém manja o que é ou já teve isso?
kkkkkk q engraçado
meu deus meu deus,traz sse mlc logo barcelona pelo amor de deus
Fáltame moito para chegar a ter fillos, pero as historias que xiran arredor desta temática introducen reflexións e inquedanzas sobre as limitacións da esfera doméstica, a metamorfose do corpo e o cambio nas relacións interpersoais (+)
bora todo mundo se juntar ir pro litoral pegar uma praia e um sol... é claro uma cerveja bem gelada
comecei meu surto de não querer voltar pra foz, sempre horas antes de pegar o ônibus ótimo
ai olha...
rt @user s t f superior tribunal de fuleiros #stfvergonhanacional
passa seu wpp, tem como? — chama no adm https://t.co/awofghonth
@user momento do jesus é superior. se fosse final de copa do mundo, iria de urso. mas não é.
rt @user meu pai manda áudio pra namoradinha dele e fica escutado umas 7 vezes seguidas kkkkkkkk não mereço isso
rt @user eu odeio quando to falando sério e a pessoa acha que eu to pra brincadeira boba!
@user @user apenas em grupos de whats app. mas sou scout, então não me incomodo com isso.
eu escuto zayn 24hrs por dia, eu preciso ver esse homem
trouxe as coisas pra fazer as unhas dela
metade do ano já passou e eu não entendi nada
lolo qrendo por um na parede da sala prefiro um de azeroth
@user falta muito pouco pro #1 garota
eu preciso do meu óculos urgente kkkkkkkkk eu entrei no carro errado mds q vergonha
cheguei em meu pais
rt @user @user nada 😍😍
@user fizeram certo ou tá tudo errado, tão passando recibo de incompetente de novo kkkkk 🚔🚔🚔🚔🚔🚔 https://t.co/0poitd1qds
rt @user só pra lembrar que hoje a noite vou estar em guarulhos..... o paizão tá muito afim de brincar gostoso.... https://t.co/n…
A última temporada de Black Mirror tá meio sem graça mesmo, mas o segundo episódio, Smithereens (?), é meu favorito da série toda e o que mais me destruiu emocionalmente. Talvez por ser o mais real -- não é nada "do futuro", é algo que já acontece AGORA e a gente acha que taoquei https://t.co/8gEbq6zG8x
“nada é obrigado, tudo é sugerido” acabei de escutar isso e vou levar pro resto da vida
@user @user @user como diria minha mãe "dois besta"
eu iria ficar um nojo rs
rt @user jogar bola na praia bêbadas em guarapari @user @user @user @user https://t.co/9g7hsj9fw8
Pessoal nada está perdido! Esse produto não é algo barato, então vocês não precisam jogar ele fora, podem usar para os pés e cotovelos que são aéreas que não são tão sensíveis quanto o rosto e mãos. Prontinho não precisam jogar a parafina fora ajajajaj.
"Nós nos amamos, para que esperar...?" Qual a verdade dessa frase? Venha estudar sobre isso através da mensagem " Não saber esperar pode matar o amor". Nesse domingo na Betel!!! Guilherme Gimenez https://t.co/TP67eoz82M prgimenez@user #liderancaeespiritualidade https://t.co/Q33cNmkpUa
@user @user no exato lugar onde a sábia dona marisa falou.
rt @user o senhor não é filho do homem para que se arrependa das suas palavras...
@user principalmente pedir uma coisa que é sua pqp da uma raiva né afff
@user vc é corno.
@user tamos sobrevivendo a duras penas a mais um final de semestre, mas deus no comando sempre att. a gerência
@user @user não demore
inclusive, parabéns pro arrombado do thaynan. eu gostava muito daquele demônio. ❤️
pq só o pior fica , tnc
@user conta pra mim, por gentileza, de onde vem tanta inspiração?
é cada analise imbecil q me aparece, a onu deve estar muito desocupada...
@user @user não concordo, mas respeito seu ponto de vista. grande abraço.
algo despertou o homem hétero cis q habita em mim pois eu ando pensando: e se eu trovasse essa guria de 17 anos? tá quase c 18 né...
hoje eu só quero tomar algo alcoólico
"A possibilidade de Daniel Alves estrear contra o Santos é praticamente nula. O jogador ainda está de férias, e certamente vai precisar ajustar a forma física e técnica". #gesaopaulo
@user jae meu mano
aqui o doidinho gosta da irmã dele, mesmo eu sabendo que ela não é irmã dele, ele não sabe disso, é estranho
A única solução é ucranizar o STF! Parem de ser inocentes e vamos pra cima deles. Precisam ser destituídos fisicamente diante das câmeras! #STFVergonhaNacional
@user povo chato credo, o tweet de faeden eh público, ela poderia comentar oq ela quisesse pq o tt eh dela "ai me da block eu imploro" nega, vai la e da block vc, sla silencia, se não gosta ignora fillie shipper eh chato, falo isso pq eu sou, mas vcs são bem mais credo
ovelhinha é foda mano kkkkk🐑
@user bailly, claro. nem joga. kkkkkk
🔃 • SPORT 🚨 • O Barça tem uma oferta oficial por Philippe Coutinho na mesa. 🤔 • O jogador está ciente disso. 💭 • 'Coutinho' gostaria de regressar à Premier League. https://t.co/yLY7pmn7tS
quem ve esse roxxxxtinho de prin nem imagina que fala igual um marginal kkkkkkk
@user eu não sei nenhum https://t.co/4brs7mfbq6
então eu também não posso ver pornografia senão tou a trair o meu namorado? queq eu vou fazer da minha vida agr 😞
Outro dia o menino disse q eu mandei msg no wpp pedindo pra me seguir no insta pq tava quase chegando a 5.000 kkkkkkkk me confundiu legal, eu não peço pra me seguir, essa vergonha eu não passo. As vezes tem algo q eu considero importante e indico pra vcs
@user bora pr rive meu bom, to por sua conta hoje
rt @user no morumbi, nos braços da galera? dani alves pode ser apresentado como luis fabiano e kaká https://t.co/sub13b6kpq http…
caralho meu chefe é o loco mais boçal que existe tomara que exploda
se não for pelo artigo 142º invocado pelo presidente, não há outra solução!
[2/8 15:10] mylena: to usando cropped [2/8 15:10] mylena: mt estranho usar cropped mano [2/8 15:10] mylena: como essas mennas conseguem
Sinceramente pq porra gato macho é tão burro?????? Minhas gata não ficam na friagem e usam as caminhas, não ficam na chuva, não fogem de casa. Mas os macho pqp só dá trabalho por burrice
aconteceu alguma coisa? — de q? https://t.co/bzrrkghxem
*antes ela interrompeu pois avisou que ia parar pra dormir pois ja eram 4:20 da matina https://t.co/bzf0jxpkcz
rt @user - meu amigo quer ficar com vc - quem? manda foto faz a pose ai tavinho https://t.co/ymeotmoq98
@user Pensa bem se ele te traiu , mesmo você sendo bonita ... Aí me pergunto será que a beleza realmente importa? Kkklkk , fazer o que né...
rt @user ainda que eu ande pelo vale da sombra e da morte, não temerei mal algum, porque tu estás comigo!🙏🏻🙌🏻
@user @user @user a senhora está.... https://t.co/sebm8gxagg
@user queria mas to sem grana p comprar kimono e pagar matrícula
@user EX BBB18 ANA PAULA @user NA Á FAZENDA 11! POR TODA INJUSTIÇA QUE PASSOU NO BBB POR FAVOR @user @user 🙏😿 #VemAíAfazenda #BruxinhaNaFazenda https://t.co/2B9e4i5Bii
passando a tarde no parque com meu afilhado😍
@user @user vc foi um lord!! kkkk
@user pode ser
rt @user tava aqui selecionando as fotos para começar a editar e pqp, que mulher meus amigos
não aceite restos de afeto, não se humilhe para caber e ser importante na vida de alguém. se baste, se ame, não aceite migalhas, não dê poder para o outro fazer o que quiser de você.
a cobra cascavel tem que chegar e fica se maldizendo que tem o maridinho dela.e que não precisa de salário algum.#belaafeia
@user ainda por cima foste ver o tony without me
@user @user falae babacao. vai falar que tava errado ou fingir de idiota ?
vi a menina dizendo q usam a "gíria" chernobyl aqui por causa de uma série
@user conte gus gus , não custa nada 😬
eu não acredito que eu praticamente disse que queria ***** com ela kkkkkkkkkkkj meu deus a coragem momentânea
rt @user programa future-se para as universidades deveria se chamar ‘vire-se’ https://t.co/d6dpd3v9ou https://t.co/cdlafjmzp2
@user A hipótese é relevante. E prostitutas normalmente perdem fé pública. A profissão é mal vista socialmente por se tratar de uma quebra de principios caros principalmente às mulheres. O depoimento de putas custumam valer o mesmo dos de deputados e jornalistas vendidos. Bjs
hoje ela sobe pra treta hoje ela me dá feliz 🤤
@user melhor casal de pll e quem discorda que discorde na sua casa
como não se sentir um deus com duas garotas pedindo pra ficar comigo?! kkkkkkkkkkkkkkkkkkkkkkkkkkkkk essa noite foi pra rir mermo
@user apoio
Buenas Vem ser meu premium bb Manda email para cahgoddess@user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user https://t.co/8r6XIPC2dX
como assim gente, eu tenho cara de luan santana p esperar 10,20,30 anos ? eu hein 😐
rt @user análise | recuo sobre paraguai mostra semelhanças entre diplomacias de bolsonaro e lula https://t.co/dbixodpf3x
@user @user @user Nao é meu amigo, apenas nao adianta discutir com fanático por bandido. No dia 25 de julho de 1966 Fernando Santa Cruz, explodiu uma bomba no aeroporto de Guararapes, em Recife, matando duas pessoas e ferindo mais de uma dezena. Cade o respeito pelas vitimas? Terrorista q se foda.
Deslize as fotos para ver um pedacinho do paraíso . Fazenda histórica em meio à natureza, ouvindo o canto dos pássaros e conhecendo a História do ciclo do café. . . . #valedocafé #fazendaunião #hotelfazendaunião… https://t.co/eSNnLICTMV
rt @user olha essa voz iti maliaaa kkkkk 😍 https://t.co/sis2bf16nn
eu nunca sai desse momento, eu nunca me apaixonei por ninguém, é sério
rt @user hahahahahhahahahahhaha socorro eu tô passando mal https://t.co/cbw96w8dyl
opa apaguei a meta hahaha vamos de outra então: - trinta e cinco comentários (no total) dessa vez com o vídeo favorito do lane de vocês. Edits também contam! - dez rts #MPN #WhyDontWe
enfim em casa chorando sonhos se realizam
rt @user mais uma! jornalista pede demissão da globo e é a 14ª a deixar o canal em 2019 https://t.co/os09zxrgha
@user o meu com certeza seria virginópolis
Querida, eu fui no Maracanã 2 vezes e nessas 2 vezes eu vi a torcida toda cantar o jogo todo! Todos juntos cantando o tempo inteiro, você pode até não gostar, mas você tem que respeitar, e não " damos de maior torcida ", SOMOS a maior torcida desse mundo.
nossa q casa linda
não é que que peguei implicância em certas pessoas, eu só não tô podendo ver na frente, pelo menos não agora
Eu sou viciada em uma série, ela demora um ano pra lançar na Netflix, e quando lança eu assisto em menos de uma semana 😒 agora tenho que esperar mais um ano pra lançar de novo, odeio ser ansiosa 🤦🏻‍♀️
@user coerente com a filosofia do mal !
rt @user essa semana tá passando mto rápido parece que ontem era segunda e amanhã já eh sexta alguém me segura q deu até tontura
@user eu juro que não queria tá fazendo isso ,mais pontos escolares mudam as pessoas.
rt @user isto está mesmo engraçado kkk , juro adorei https://t.co/etirtszkrf
ferraz é muito engraçado cara kkk
gente que menino gato mds com uma beldade dessa mora na alba
@user hora de jogar mais coisa no ar, demori
@user mal posso esperar para ir à piscina
meu deus como tem gente chata nessa vida
Lembram da fala da @user sobre plantar inflação para colher juros? A taxa que já foi de 14% no governo dela chegou a 6%, a menor em 20 anos A inflação que beirava os 10% está perto dos 3% Vamos mudar a frase: Quem planta responsabilidade fiscal, colhe juros/inflação baixos
estou a ser forçada a ouvir asking alexandria e o meu eu de 12 anos is shaking
rt @user muito princesa😍😍 https://t.co/au5lfa4rlh
@user @user @user De fato, eu fiz uma gracinha. O cara foi lá - e respondeu disse q era macho. Ok?! Diferente de vc q me ofendeu sim. Não sou hipócrita, e conheço kg de homem q nem vc q gosta de diminuir mulher pejorativamente. Mas, pra tipo d gente q nem vc eu n abaixo a bola.
@user obrigada por participar da nossa interação anjinho, fico muito feliz que tenha gostado!! ^_^🥰🥰🥰
rt @user a vacilação ta ai quem nao pode vacilar sou eu
rt @user to juntando tanto material p calouro espero receber o mesmo p esse periodo rs
@user Não, não, é que eu deixei ele desligado desde ontem e esqueci de ligar hahahahaha Eu dou dessas infelizmente rsrsrs Mas vou ligar agora :) :)
5 dias sem tweetar no momento sou capaz de levitar objetos e explodir israel apenas usando a força do pensamento
Opinião de consumidor ... E o meu favorito... A embalagem ficou segura e feia... #sonhodevalsa #lactabombom #chocolate #embalagemfeia https://t.co/nneKraJFDs
rt @user fico olhando o twitter e vejo q vocês conseguem pagar pau pra cada bicho doente que eu fico de cara
espírito de grupo: phil jackson e a teoria da tribo indígena https://t.co/hzcklgsecu
falta muito p 16h ?
rt @user sla.... pq não deixou separar quando ainda tinha tempo? https://t.co/23rimpsdeo
rt @user deus só não me fez magra pq sabe q se fizesse eu iria ser uma grande vadia
So voltar pra esse lugar que as crises de enxaqueca voltam Escola deveria ser um lugar de ensinamento mas as pessoas tornaram-na em um lugar cansativo Onde só há críticas e a maioria das pessoas querem te colocar pra baixo
@user @user @user vc também participa dos filmes ? 😹😹😹😹
a gratidão é uma grande oração 🙏🙏🙏
1 anos atrás eu estava conhecendo o lugar q eu sempre falei q iria, hoje 1 anos depois eu to na merda
esperando aqui o stf vim me emparedar do eu expressar o direito de liberdade! #stfvergonhanacional
@user @user parabéns pela atitude.
tranquilíssima ouvindo funk fingindo que não tenho nada pra fazer
enquanto cuidam da minha vida, eu cuido do meu coração. #sextaligadajustiçasdv
eu bem faceira na casa da rosani daí chega a néri: -luiza, o que tu tá fazendo aqui? tinha que estar em casa fazendo resumo de literatura!
Realmente, difícil crer que a faixa não transformou magicamente um homem de 64 anos no completo oposto de tudo de escroto que ele sempre se orgulhou de ser, dizer e fazer. https://t.co/Wfsn32NA5O
falta de respeito com mulher me deixa puto pra caralho, respeita às mina porra
eu ñ sirvo pra arrumar a casa
rt @user a mesma sedi q dá no boi , da na vaca também 🤤
tá chegando o aniversário de duas pessoas mt importantes e eu real não sei oq dar kkk... além do meu amor e carinho
O Crystal Palace se juntou ao Burnley e ao West Ham United na tentativa de contratar o defensor Gary Cahill, de 33 anos, que está livre após deixar o Chelsea. (Daily Mail) https://t.co/TmGwSnCdbY
ainda bem que eu vou voltar pra floripa o frio nessa cidade tá começando a passar do ponto
Hoje é dia de Osalá, mas o mês é dele... Senhor, dono da terra, aquele que nunca nos desampara meio a uma enfermidade. Atôtô ❤🍿 https://t.co/lOtJJJ6Z24
#mpn #marinaruybarbosa #nowunited duzentos e trinta dois
@user cade a esquerda no twitter??? sumiu???
krlh kkkkkk, o cr deveria agradecer o outro por ter praticamente salvado a vida dele🤦🏾‍♂😂😂😂😂
o que custa @user ?
mano a natalia é loucaaaaaaa loucaaa de pedra
@user @user argumentário benfiquista: "ah e os outros?". é sempre a mesma cassete. zero argumentos.
Um testemunho: Em janeiro, na crise de segurança do Ceará, o PR @user , primeira semana de governo, não hesitou em autorizar o envio da Força nacional e da Força de intervenção penitenciária e em disponibilizar vagas em presídios federais para as lideranças criminosas.
rt @user mano ahahahhaha fr isto n é possível vcs conhecem gays feios? é q eu não https://t.co/s57qrg4oth
m.r - muito louca, estou me aproximando agora, só gosta de gordo kkkk
@user é lindo, mas não tenho cuidado e nem dinheiro pra isso 😪
@user você disse que tava curioso
@user sabemos disso, dessa sombra não esperamos nada, só arquivamento de crimes. essa bem pra limpar chão serve
♪ acho uma pessoa muito simpática e fofa, muito bonita também. espero que se alimente bem.
melhor coisa q eu e a lorena fizemos ontem foi sair da empresa e ir direto comer sushi, nada melhor depois de um longo dia de trabalho ne
o jeito q minha mae mima mais o gato do q eu é surpreendente
@user vai ser mais pesado que o da bruna... se for um documentário real... e não feak...
ex namorados continuarem amigos não é feio. feio é sair por aí difamado alguém que já te fez feliz
as vezes eu fico tão chateada por não ter acompanhado os meninos desde o começo, ter visto o crescimento deles, as conquistas, os comebacks antigos etc e só chegar no fandom quando eles já são muito conhecidos, puts me deixa no meu canto 🤧 https://t.co/xHkWYsjKPW
vou chegar já na caipirinha de limão c o viado @user que não sei pq diabos n esta me seguindo, n vai entrar na minha casa
mês que vem já é meu aniversário 🙄😱 tá passando rápido dms
pqp só consigo pensar nas 18:00 hrs que não chega logoooo,🙄😂🍻
rt @user 😂😂😂conheço muita gente assim https://t.co/mttmbyl2q3
@user @user @user @user ela ficou com inveja da menina da foto por isso está tão revoltada assim
@user já vi ela cantando no dolores foi lindo e ela cantou todas as musicas que pedi
@user nós só encerraremos quando eles entregarem verdevaldo. nosso alvo é verdevaldo
baixei free fire de novo, mano voltei a estaca 0 kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
Entrevista que concedi à Gazeta do Povo. Leiam e fiquem por dentro de alguns dos principais projetos que pautarei na CCJ. https://t.co/ScInyY0SEX
mano eu amo esse vídeo
cheguei nessa fase 🙌🏻
rt @user muita burocracia pra quebrar um ovo ,só dá uma batidinha no canto do fogão e é isso https://t.co/ggbmoywtxm
ainda bem q tô sozinha em casa pq pelo estresse, irritação, não estou capaz de estar próximo ao povo daqui
rt @user 'minha maior riqueza 💕💎 tem o nome e o sobrenome de #annecrystal https://t.co/rozfo6oidz
rt @user é porque a gente se completa e o cara lá de cima sabia
concordo
A SM na cagada da crise financeira,não tão conseguindo cobrir os gastos com os lucros,ta prestes pra falir enquanto o Junmyeon tá postando foto do seu novo broche de flores feito com diamantes kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk https://t.co/gRjhr8Xz3i
@user @user @user cozinha hard core nos tempos áureos de jundiaí-sp
@user corre "merdevaldo" que vai dar "verda pra você !!!!!
rt @user nao é porque você detesta stalin que é obrigado a gostar de hitler
rt @user desanimei legal.👎🏾😞
que vê , tô toda de boa superada aí o capeta manda msg e fode com tudo
caloteira!!
rodriguinho silva — meu nego!!! eu amo muito, demais...sem palavras por essa pessoa e a nossa amizade ❤ https://t.co/kocts4g55f
@user @user quá...ruinzinha...fabricada pela lacroland...
rt @user lembrete amigável de que essa foto existe, e foi tirada no brasil https://t.co/aoehwzslb8
@user @user chega de farra com o dinheiro do povo. FUNDO ELEITORAL NÃO Não é de interesse do país, não é necessidade. Só serve pra agradar político bandido e partido quadrilha.
Ultimamente toda vez que eu sinto que uma crise de ansiedade tá se aproximando, eu faço muito a Kátia Cega e começo a ocupar a minha mente com outras coisas. Tem funcionado muito. É só eu não prestar atenção no que eu supostamente tô sentindo.
@user @user @user Não, moça, e nem preciso ser. Eu apenas tenho discernimento e educação para interpretar informações e formar uma opinião crítica com bases em fatos e não em achismos. Na vida a gente não pode só ser gado que segue o fluxo da ignorância, sabe? Fica a dica
@user deve ser melhor do que a história do corrupto do titio lula
@user essa foto aqui.. a melhor fantasia do ano https://t.co/rq1iudi7zq
snoopy em cima do "peso de porta" pra parecer mais alto 😂 https://t.co/ujydiwrtly
aaaaaaaa fala cmg moço
@user indios se acham mais que todos certo fez o ministro
rt @user antes que me acusem de ter sido uma jovem sensata, fiquem sabendo que eu usava esta roupa em 2004: https://t.co/5b1zhel34i
@user já desisti de entender kkkkk
@user esses jornalecos só passam vergonha kkk
@user @user @user @user Não vejo nenhum assalto ou latrocínio na sua foto de perfil, claramente não há criminalidade no Brasil.
pqp, cadê a continuação desse mano a mano? 😂😂😭😭
@user ahahahahah pq será q estão tenso?
Há 8 anos, Lady Gaga comparecia ao programa The View para entrevista e performance de "Yoü And I". Assista: https://t.co/F4Q2FoObio #MTVHottest Lady Gaga https://t.co/w911CGUGdC
@user ai amg eu leria super achei lindo o enredo
O sujeito diz: "...um governo que respeita a família". E manda ler a Constituição (que ele desconhece) para saber o que é 'família', a única como ele a concebe. Pobre Carluxo e Índio... não são uma família...🙄
rt @user &gt;@user bb estuda vender r$ 6,5 bi em ações e sair da cielo https://t.co/rpuwrqjcnw https://t.co/heif0muqzu
@user sim sim, pior geração é a nossa 🤦🏾‍♂️
rt @user @user olha quem fala! obrigadaa❤
Davi Alcolumbre - para abrir um processo de impeachment a Dias Toffoli: Impeachment do ministro Dias Toffoli, presidente do STF - Sign: https://t.co/nfEElNHcnq
@user ta acabando não eh sinônimo de q acabou então guarde
wanna one sinônimo pra família
rt @user se vcs não gostavam de mermaid melody não podemos ser amigos
rt @user isso não é 1% do que você merece minha vida!!! https://t.co/9jhyfxk4wq
vou voltar das férias com no mínimo +4kg
o guaxinim 🥺🥺🥺🥺🥺🥺 e eu era vizinha de um cara da nxzero nao lembro quem era
é notícia assim que a gente gosta! 😍 https://t.co/sqr7lsffr6
tenho fé que vai dar tudo certo 🤞😭❤
stream hoje começou cedo, sim! por incrivel que pareça, cola la! https://t.co/kqhyv6uchq
rt @user odeio essa família e a exposição dessa criança, mas ele é muito fofinho https://t.co/gmzcq9cc25
vou assistir sozinha mas queria estar assistindo com ****** 😔😔😔😔😔😔
@user @user @user meus parabéns!!!
olho vermelho por causa do sol
rt @user @user @user não quero levar um choque então não vou tentar https://t.co/wfjrnsuw51
quando vcs forem reclamar desse novo grupo, mandem hate pra SM e não pros membros vcs querendo ou não, o nct não tem culpa de nada https://t.co/i8iLnuBFUO
rt @user imagina o pai acompanha o filho no karatê hoje 🤣🤣🤣👏 https://t.co/7xc5pqpxhi
odeio o emre, mas adoro o bibi
Participei de cerimônia na Polícia Rodoviária Federal para consagrar e honrar os policiais que tombaram no cumprimento do dever. Familiares de vários presentes. Parabéns à PRF pela iniciativa do memorial. Heróis que se sacrificaram pela segurança do país e da população. https://t.co/F52o3VnhDK
um bostalh茫o
rt @user rid铆cula kk https://t.co/sgxor62ovy
rt @user [3/8 12:35] : se ela n茫o fosse t茫o feia e vc t茫o bonita eu ia dizer que s茫o parecidas
cacete me deixa sentar em todos 馃ぇ馃ぇ
eu falo que quero gira de exu todo momento, mas quando tem a dona mulambo me d谩 cada castigo diferente que pqp. cada dia um tombinho bom!
odeio postar sobre pol铆tica aqui no twitter, mas puta que pariu velho reclamar de redu莽茫o de impostos...
unha grande n茫o 茅 pra mim, sapat茫o sofre mesmo n茅
brasil 茅 foda porra
fui sequestrado de novo ontem, yuji fdp
porra maluca dar um jeito na vida,larga esse lixo pra l谩,n茫o te merece 鈥� descartei o 馃棏 https://t.co/arizrej88w
@user to quase te bloqueando ou te enfiando a porrada. tu n茫o quer responder, s贸 d谩 o papo, filho da puta
@user ain eu quero ainda rola?
pq que o sul ainda faz parte do brasil ??
@user era o hilto esse arrombado
am茅m caralho
@user @user kkkkkkkkkk kkkkkkkkkkkk povo retardado
que isso mano,um dos melhores q eu j谩 vi
@user Se voc锚 estiver gripada, pode ser por causa da gripe tbm. O meu ficou assim tamb茅m, tomei uns 4 rem茅dios e melhorou mas da uma agonia do caralho 馃叞锔忦焻帮笍馃叞锔忦焻帮笍馃叞锔忦焻帮笍
rt @user n茫o aguento mais ser feio
@user @user meu amor n茫o me doi, deixa eu te explicar uma coisa, muitas pessoas homof贸bicas e machistas usam o termo boiola contra os gays como forma de ofensa e ops tu fez a mesma coisa, a 煤nica homof贸bica aqui 茅 tu, ent茫o antes de querer falar algo que eu n茫o sou, pesquise
@user @user caralho leo, vc fi莽o na letra em google? obrigado por seu palabra do admira莽ao. boca 茅 煤nico en libertadores.
@user kkkkk da em nada pretinho, tmj馃挆
Lei da sobreviv锚ncia segundo Felp 22: Sair pelado e voltar com casaco de pele. Obs: 脡 s贸 para ilustrar, n茫o mate animais. Se for matar algum animal pode ser o nosso presidente e ministros. Comuniquem o Ibama pois matar anta 茅 crime e burro tbm.
eu odeio emagrecer por tudo, respirei diferente: emagreci 3 kg pqp
@user velho to surtandowbhajsjskkkkkkk meu utt e o bias caralho para铆so se vc n茫o for assim eu nem quero
quando jungkook comprou lanches pra uns caras de um programa de TV e eles rejeitaram dizendo que parecia ser comida achada no lixo e o jungkook ficou triste https://t.co/luKpVCKxhU
pol铆cia do Doria. aquele que gosta de cinza, apoia o verme e diz que n茫o tem nenhuma liga莽茫o quando ele fala merda sobre a ditadura. ditadura... aquela 茅poca em que a PM invadia casas, escolas, encontros... 馃馃し馃徎鈥嶁檧锔�
rt @user dizem que mulher gosta de homem engra莽ado, sou palha莽o o tempo todo e estou sozinho vai entender 馃槀馃槀
rt @user vejo essas meninas bonitas no tt e me sinto mais feia que n茫o sei o que
namoral bem na hr que eu chego p pagar o rol锚 soltaram um peido podre mano e cada um teve uma rea莽茫o e aquele viado falando "jesus de miseric贸rdia" foi tudo pra mim kkkkkkkkk
que que eu tenho q fazer p provar q eu gosto kkkkkkkkkkkkkkkkk vsf
quando eu acabar aqui no sal茫o vou deitar e n茫o saio de casa pra nada, frio da porra
@user meu deus juan tu 茅 burro ? kkkkkkk
@user quando tua m茫e t谩 puta com tu, ela chama teu nome completo ou n茫o? #mpn #nowunited #uniters
meu telefone morreu de uma forma que pqp fiquei incomunic谩vel
vamo cara vamoo pqp meu cora莽茫o
n茫o aguento mais essas pragas falando que bp usa bots etc vsf v茫o sla lavar uma lou莽a, dar views pro fav de vcs, eu hein
eu queria um livinho na minha vida ele t谩 t茫o 馃構馃い馃い ainda mais no clipe pilantragem puta q me pariu gostoso dk caralho
rt @user pegou quem ontem? 鈥� peguei gripe, frio do carai q tava https://t.co/z8njsor7jd
tem que se fuder memo
@user pqp quero muito #nowunited #uniters #mpn
eu n quero sabeeee eu n quero sabe de porra nenhuma
@user Alexandre frota falando mal do Atual Governo 茅 que nem um coito interrompido no traveco que ele comeu no filme dele, ou seja: n茫o serve pra nada.
@user m茫o de vaca kkkk姆kkkk
rt @user maior pica sair de casa com essa chuva馃う馃徑鈥嶁檧锔�
@user eu sou linda, tu q 茅 feia
show do matheus e kauan s贸 come莽a 1:30 vsffff eu trabalho amanh茫 caralho
@user @user coisa linda do caralho
rt @user esse v铆deo=tudo para mim #mpn #nowunited #uniters https://t.co/udgvjwozk7
@user poha, rashford sempre faz essa jogada kkkk fdp
@user grampola e elias, puta que pariu, n茫o acertavam uma jogada.
+ mas a minha satisfa莽茫o de ver que ela ficou igual a todo mundo que ela julgava 茅 gigantesca!!! (refor莽ando que n茫o est谩 feia)
@user n茫o, muito idiota quem acredita nisso
incr铆vel como a @user ainda n茫o falou do s谩 pinto. 馃槂
como 茅 que faz quando nenhum dos dois 茅 flor que se cheira?
rt @user eu odeio mentiras... o que custa mandar a real?! porra n茫o custa nada, n a d i n h a..
eu sou magrelo ao extremo mas me sinto t茫o dl莽 de camiseta regata pqp
a pessoa 茅 uma merda com todo mundo depois reclama de n茫o ter amigos, sinceramente vai se foder
@user vacilo pra caralho
rt @user caralho mara eu te amo #voleinaglobo
@user chama ela pra fuder
@user sousa, para铆ba
@user meu atual cep n 茅 justificativa pra tu ficar passando pano pra branco ot谩rio. vai ouvir outra porra mlq, abra莽o
porra to passando muito mal, crl.....
eu t么 馃槏馃槏馃槏
ent茫o basicamente o reggie enche o saco da joelle pra um CACETE pra quando ela finalmente faz o que ele quer o bicho simplesmente faz um ghosting sinistro com ela
kkkkkkkkk a jadhe eh top, pqp
@user @user posso te comer o cu kiko ?
s茫o os melhores siii mas n茫o eh pq falam isso que a gente n茫o precisa construir uma amizade com eles igual fazemos com qualquer outro amigo...demorei pra entender isso agora ta top
friozin do caralho como q vou usar meu look microshorts assim opora
volteeei pras puta 馃幎
estou querendo apagar tudo de mabella da minha galeria, mas pqp n茫o consigo https://t.co/thjian2dxg
rt @user perai, ele mandava nuds do cu? kkkk gente isso 茅 um surto coletivo? amadeu o que voc锚 colocou na 谩gua? https://t.co/oh2xs鈥�
- tinha que matar esse fdp , tmnc .
rt @user oh seu fdp, a press茫o da menina baixou ali e voc锚 com joguinho no celular https://t.co/02w2i7xkwn
rt @user que delicia de dia e pra quem nao gosta de frio pau no teu cu
melanina carioca era tudo
Sempre ouvi esses coment谩rios in煤teis,a铆 agora engordei e escuto "Nossa voc锚 engordou bastante n茅", "tomou algum rem茅dio pra engordar" " Tem que fechar a boca pra n茫o ficar mais gorda". Povo babaca, nunca est茫o satisfeitos com nada, n茫o sabem como isso mexe com nossa auto-estima https://t.co/0JKPueIl45
@user o caralho te
grt mais bonita do educandus no turno da tarde, fala uma a铆 鈥� sla porra https://t.co/b9ktee39sv
@user puta o hit tbm
at茅 numa latinha de refrigerante o thor 茅 gostoso n茅? vsf
A unica diferen莽a 茅 que no lugar dos beijinho 茅 "SAAAAI DAQUI GABRIEL QUE CARALHO N脙O DA PRA FAZE NADA VAZAAA N脙O VE QUE TO COM UMA FACA NA M脙O N脙O PENSA QUE POSSO ME CORTAAA"
mano, como uma pessoa consegue matar uma crian莽a de 6 anos? caralho, merece muita maderada pqp
falecimento da senhora d陋 isaltina marques pinto de almeida -(84 anos) vir谩 amanh茫 domingo para a igreja de este... https://t.co/fnogt7houv
e tem gente que 茅 f茫 desse velho demente
Viram isso @user @user @user @user A fam铆lia real brasileira foi citada pelo lobista?
frio pra caralho pra tomar banho
rt @user caralho mano! vai mas茅 estudar para estudo do meio 馃う鈥嶁檧锔� https://t.co/n5kzsz3q5c
mano t谩 tudo me irritando hoje pqp
rt @user saber diferenciar o idolo do comentarista junior ao primeiro eterna gratid茫o ao segundo eh pau no cu e televisao no mudo
A doen莽a delas(K) 茅 achar que os meninos s茫o propriedade delas, que eles s贸 podem interagir com elas e mais ningu茅m,isso j谩 passou de rid铆culo a muito tem
eu mando ela ir tomar no cu isso sim
@user se eu ficar com shadowban de novo eu vou ficar puto #mpn #nowunited #uniters #marinaruybarbosa
rt @user isso s贸 passa na minha tela quando eu estou com fome pqp kkk https://t.co/ftcwn4qo8v
Muito bom minha m茫e puta cmg falando que eu s贸 uso meu casaco da UFF pra ir nos lugares Uso MESMO, que eu tenho que bater no peito orgulhoso do sacrif铆cio que foi entrar naquela faculdade e permanecer nela 茅 um desafio maior ainda.
enfie 3l de catuaba no seu cu: confie na sua capacidade de passar vergonha sextando
@user desculpa feia eu nem falei p ngm
@user vai para a puta q te pariu, seu cachaceiro do inferno.
eu vou ser uma pessoa que saiu do lixo pro luxo sem saber matem谩tica b谩sica sim!!!!!!!
namoral esse computador da apple 茅 um lixo pelo meu pai amado
@user @user o bixo do busao carai kkkkjjjjj
meu deus tem trabalho do col茅gio brotando do ch茫o 茅 muita coisa pra eu fazer pqp
o bofe acordou agora, pqp
@user VELHO QUE ODIO DESSE MLK EU JURO QUE EU AINDA VO HACKIA O IP DELE E CONTRATAR UM ASSASSINO DE ALUGUEL SO P MATA ELE E DEPOIS JOGA ESSE FILHO DA PUTA NUM TANQUE DE TUBAROES EU JURO
asco!!!
quem aguenta esse biscoiteiro dos infernos s贸 pq tem olho claro e maxilar definido se acha a 煤ltima coca cola do deserto pqp p玫e no curr铆culo negoh
@user Bairro ao lado. Na rua Jer贸nimo da Veiga com Pedroso Alvarenga h谩 v谩rios lugares para diferentes or莽amentos. Shots, Vaca V茅ia, Banana Caf茅, Bagatelle, Caf茅 de la Music, Santo Gr茫o est茫o entres as op莽玫es no mesmo quarteir茫o.
puta que pariu que coisa lindaaaaaaaaa
to afastado de muita gente, mas sigo torcendo pela felicidade delas do mesmo jeito, mesmo sem essas porra valer nada
rt @user parab茅ns p vcs mesmo, pq p mim n rola!!!!!!!! inaceit谩vel https://t.co/u5lnmc7odk
馃嚙馃嚪馃嚙馃嚪馃嚙馃嚪 Brazil鈥檚 AMAZING Max Booty 馃崙@user I just wanted a boy now to fuck my ass so much馃槇馃崋 S贸 queria um macho pra fuder meu curr铆culo bem gostosinho馃槇 Definitely @user approved 馃敟馃敟馃敟馃敟馃敟馃敟馃敟 Subscribe 猬囷笍猬囷笍 https://t.co/Tq8N0naSe5 https://t.co/BhWOfPjLeJ
caralho o maluco 茅 brabo
茅 t茫o bom quando voc锚 pede um uber e voc锚 v锚 que 茅 uma mulher pqp
rt @user porra, me rasga馃敟 https://t.co/zqiwdyzgmi
Eu deixo a m煤sica rodando no m铆nimo 6 HORAS por DIA. Eu divulguei pra cacete quando saiu e o fato de eu n茫o estar votando no Hottest N脙O SIGNIFICA QUE EU N脙O ESTOU APOIANDO ELES.
que do caralho
@user porra, tem como curtir 10 vezes n?
kkkkkkkkkkkkkkkkkkkkkkkkkk vsf
@user eu quero que vc va se fuder
caralho, vou voltar pro treino pra ver se aprendo a dar chute lindo desses
caralho n茫o t么 sofrendo por causa de ningu茅m gente. se toquem! estou muito bem, solteira sim, sozinha nunca. 馃槡
nossa essa chupada me deixou com muito tes茫o aqui na rola.
rt @user fogo https://t.co/o33qgdw6bu
de mim, para mim: - nunca mais de coloque na porra de um pedestal.
rt @user botei ketchup na pizza! cad锚 quem 茅 o paulista que eu tenho que sair no soco 馃憠馃憠
n茫o acredito q tive q pegar cr茅dito emprestado pq a porra da net caiu, toma no cu porra
Posso dar um conselho? Demonstra teus sentimentos! 鈥� eu j谩 fiz mt isso e s贸 tomei no meu cu, n茫o vejo mais vantagem em demonstrar nada ;/ https://t.co/kWCk9IYtm7
eu queria muito ir p baile do papato na cidade das artes final de agosto, vai ficar muito pica
rt @user t么 num hype absurdo, vsf kkkkk https://t.co/v61ono6g2c
@user mentir 茅 feio...
920 na reda莽茫o por erro besta,, meu NARIZ TODO FUDIDO das ideia merda que eu tenho,, minha PELE parecendo um CHOKITO.... mas mesmo assim com um sorriso na cara COMO EU SOU UMA MENINA FORTE FORTE!!! admira莽茫o total... https://t.co/LVQoNpur6h
rt @user acordei com uma vontade de comer um cu https://t.co/hq3yvbq1jm
rt @user odeio gente com mania de grandeza, que tudo dela 茅 melhor e blablabla tnc no final vai todo mundo pro mesmo buraco
Do nada: - Fico puta com todo mundo aqui em casa (do n铆vel "n fale cmg se n eu mordo") Ou - Fico um amorzinho (at茅 d+) Ou - Sinto o cora莽茫o acelerando Ou - Sinto falta de ar, como se estivesse sufocada, dentro de uma caixa Oq est谩 havendo???? M-E-D-O KKKKKKKKKKK
@user meus pais tbm curtiu p caralho kkkk
Amo esse tipo de hist贸ria parecida com a minha.. Minha evolu莽茫o 茅 constante em todas as 谩reas da minha vida e isso incomoda demais.. quem sabe eu fa莽a esse Lomotif rs
rt @user me apaixonar s贸 por homem q n茫o vale a 谩gua q bebi t谩 me deixando s贸 a ca莽amba de lixo
O Ciro j谩 disse q esse da铆 falta s贸 dois dedos pra comer merda. Algo me diz q n茫o falta mais. Comeu, se lambuzou e os dois dedos deve ter enfiado no cu. Ernesto Ara煤jo nega aquecimento global: 'Fui a Roma em maio e havia uma onda de frio' https://t.co/AhofH6ip7I
caralhooo eu amo minha familia pqp mlk, quando envolve meus estudos eles realmente fazem at茅 o imposs铆vel pra me dar oq eu quero
rt @user minha cara de cu entrega o que eu n茫o falo. https://t.co/w2fw0dehe0
qria pegar um shopping hj mas acho q vou dar uma segurada pprt .. ter莽a meu niver qro botar p fuder
amava a juliet em grimm at茅 metade da 4 temporada, vai pra pqp quem gostar dela dps do que ela fez n茫o 茅 normal
eu t么 gritando demais nesse jogo pqp
rt @user gente, todo mundo consegue engordar, menos eu pqp https://t.co/nxharpgpn3
@user eu queria um comum o meu 茅 feio
@user lgbt eu sou , s贸 falta eu ser vegetariano , n茫o sei como conseguir , me sinto um lixo eletr么nico
To tomando raiva dessas lambe-p茅. J谩 me basta ter tido que tirar do saquinho ontem pq elas entraram l谩 atr谩s do p茫ozinho tb, a铆 hj elas entram num pote mt bem fechado pqp odeio formigaaaaaa
se fosse meu filho eu enfiava esse sandu铆che no cu dele e fazia ele ir andando pra casa, cada uma
rt @user puta merdaaa boa demaisss #voleinaglobo
eita sufuco da porra
geometria anal铆tica de vetores 茅 do caralho
rt @user triste pra cacete com o meu corpo!
e dps eles falam q pm merece flor,
@user @user pqp vcs s茫o foda bahea, parab茅ns mesmo de cora莽茫o
rt @user que. porra. eh. isto. https://t.co/braw58xldc
estava olhando minhas unhas e nem parece que estavam enormes. obrigada, ansiedade. agora me sinto um pouco mais feia
sapatella n茫o para de me mandar e-mail com promo莽玫es entendam eu n茫o tenho um puto
essa 茅 pica
tomar no cu mane t么 apaixonado nessa mina
kim jongin 茅 um artista completo e merece todo o reconhecimento do mundo, SM tem que dar o t茫o sonhado album solo pra esse garoto de uma vez, porra! #HereIStandWithKai https://t.co/4bkVFBctvB
tomei uma inje莽茫o de corticoide no cu amo
@user @user 6. E o mais triste, 茅 pra minha tia que finalmente entendeu o conceito de milhas, tava toda feliz que 铆a passear mais barateza entao n茫o queria largar m茫o MAS PORRA @user fortalece pq mds
@user eu gosto de ser feia
kkkkk muita cara de pau cara 馃う馃徎鈥嶁檧锔�
santa cruz: o escroto defendido pela grande m铆dia! #forasantacruz
mano vtnc eu te amo
@user o ruim 茅 que n茫o tem nenhum outro para representar, tipo para o s茫o paulo que s贸 tem veado mesmo
煤ltimo sabado de f茅rias e a minha namorada vai ficar jogando e eu deitadinha de baixo das cobertas porque ta 11 graus nessa porra de cidade
@user kkkkkkporra tomara que o diego alves veja isso e me d锚 um iphone, pq fiquei fudido
bicho 茅 o meu sonho fazer isso
@user Demite esse t茅cnico filho da puta, s贸 escala errado! Tem 26,6% de aproveitamento! Ta esperando o time cair pra demitir 茅 sua desgraca? Eu so volto pra o barradao quando esse fdp sair! E vou dar duas rodadas pra quebrar meu s贸cio, caso ele nao saia.
rt @user que piranha gostosa馃槏 https://t.co/zmakuz8xcn
mano sempre acontece essas porra cmg,td mundo tinha feito exerc铆cio na m谩quina j谩,a铆 na hr q eu puxo,o blgh arrebenta,anem
@user puta que pariu, minha irm茫! falou que me ama mais uma vez kkkkkkk
@user caralho me da um emprego
@user j谩 parou para pensar que at茅 puta ganha melhor que a gente?
rt @user ai na moral, vai pra casa do caralho https://t.co/d75kctqjpz
@user lindq pra caralho pqp !!! minsik
o sua m么nica do caralho kkkkkkkk
rt @user no meu pior to sozinha sim e no melhor vou t谩 tmb vsf
tr谩s 谩gua pra mim kkkkkk
taca na m茫e arrombado
@user se algu茅m falasse que me explicaria por 1000 conto, eu pagava, pq pqp ne
porra, sabadou tenho q fazer uma merda
@user pimenta no cu dos outros 茅 refresco https://t.co/3az9ebtgho
parab茅ns ae pra n贸s que 茅 fofo com todo mundo mas que s贸 vive pra se fuder e tomar no cu
@user caralho o cara desenha bem https://t.co/tewiz07ay9
@user garota q susto pqp zjzkzkskskkzkjjxjs
eu com o chip da claro 馃憥馃従
independente da hora, gritar enquanto tem gente dormindo eh uma falta de respeito do caralho que 贸dio mano
eu s贸 tomo no c煤 馃憤
@user gozeii fdp kkkkkkkkkkkkk
ai lorenne vai tomar no teu cu
@user Sai calopsita, nem fala comigo n茫o pq eu ainda to puta contigo, fica jogando praga em mim e ainda tem a cara de pau de trocar de escola
que caralho q n consigo assistir netflix meu cu msm
depress茫o 茅 foda, pqp parece a porra de bjss um chiclete quando gruda no cabelo 馃う鈥嶁檧锔�
se voc锚 colou na av paulista e nunca fumou um baseado l谩 voc锚 n茫o colou na paulista
como vc acha q o gaara 茅// como ele realmente 茅
@user @user @user A ruiva 茅 amiga dela e dan莽arina, e ela n茫o sabia dan莽ar. A amiga dela t谩 ensinando ela dan莽ar. E qual o problema hein? Voc锚s s茫o uns filhos da puta desgra莽ados de chatos pqp ela t谩 aprendendo seus bestas
@user fdp t谩 de ressaca ainda 馃槀馃槀馃槀馃槀
quem tiver a sorte de me ver hoje vai sofrer muito, to um trapo
@user kkkkkkkk foda-se esquerdalha maldita
blz quer me foder eh porra
olha que voc锚 mentiu pra mim, me traiu possivelmente. mas pqp por qu锚 diabos n茫o consigo te esquecer de vez 馃槫
rt @user falta de pontualidade 茅 algo que me deixa puto
eu crio crush numas pessoa nada v锚 se foder
Chego em casa agora e recebo a not铆cia de que minha irm茫 comprou as passagens p/ RS e os dias do parque de Beto carreiro e quer que eu v谩 com ela pra cuidar de Bernardo pq mainha n vai, e eu estarei oq??Trabalhando porra.. vou conversar c meu chefe p v锚 se ele me libera p ir 馃槱
crlh a t1 finalmente encaixou viado
rt @user se as dominicanas perderem 茅 s贸 pq ela se desconcentram tirando o shortinho do cu
caralho, que raiva mn.
@user poxa mona ent茫o semana q vem e nos cacete rs
@user vsfd seu pau no cool !!!
meu pai me irrita pra porra pqp
茅 lindo e mesmo depois de tudo continuo a gostar muito dele, s贸 lhe posso desejar as maiores felicidades do mundo!! estarei sempre aqui, mesmo nem sempre merecendo https://t.co/SPAKfbFAaH
@user no contexto q eu postei acho q mudar nao vai mas sentiu pa caralho
tandara 茅 fodaaa pqp
@user puta q pariu
Como que c锚s fala que o cara desperdi莽ou? O cara teve depress茫o, perdeu o pai num momento importante, assumiu a raiz de favelado, igual sempre foi, fez mais pelos mlk que esses pau no cu tudo que c锚s endeuzam hj em dia... O cara n茫o desperdi莽ou, o cara viveu!
porra, ossada...
rt @user nunca vi um macho pra gostar tanto de pegar no pau dos outros igual o changkyun https://t.co/pk0xwprwkn
quem teme o rid铆culo n茫o vive o extraordin谩rio
esses cara do ludo online s茫o muito burro vtmnc
@user add xd lili fdp
@user @user Cara de pau. Toffoli mesmo usou do cargo pra se beneficiar. Fora outras decis玫es inconstitucionais que a C么rte proferiu. O Supremo necessita de uma renova莽茫o. Eu ainda acho v谩lido o Bolsonaro seguir com aquela ideia de mexer na composi莽茫o do STF.
voces tambem tem medo de nunca dar certo com ninguem??? nao que relacionamento seja a base da vida, mas tipo, vcs vem um casal feliz e pensam "porra sera que um dia alguem vai me amar e eu vou ser feliz com essa pessoa????" pq eu sinceramente ja me conformei que nao vou
@user e quando nois dois tinha emprego e ficava mandando email empresarial o dia todo pqp bom demais
avisa pra estes projetos de puta n茫o chegarem perto do homem se n茫o o bagulho vai fica sinistro 鈥� ouviram neh nao cheguem.perto do bolsonaro https://t.co/9RUaJgxNck
nuuuu nogs e gata pra caralho pqp 鈥� me talaricou no sonho de hj, n茫o acho mais kkkkk qsk ne, gata 茅 apelido https://t.co/adxkcmzp6u
Apoiar erro dos amigos n茫o 茅 ser leal, n茫o 茅 ser verdadeiro, 茅 ser falso e burro porque voc锚 n茫o quer ver bem o seu amigo. Se n茫o est谩 bom fale, se est谩 bom aplaude. 馃憣馃従
escalei meu cartola pqp
to no ep 4 de fullmetal e ja to muoto indignada caralho vai se fudeeee nossa 贸dio
vsf que dia triste
Os cara roubou 750 kilos de ouro, sem dar 1 tiro, sem ferir pai de fam铆lia ou m茫e de fam铆lia, sumiram no mapa e ainda apagaram as digitais dos carros. Fala se os fdp n茫o e inteligente? Voc锚s que roubam pai de fam铆lia ou m茫e aprendem a铆 e deixem de ser pebas fudido
@user porra quando pensa que vai da merda kkkk
deu certo porra
rt @user me deu agonia ela pegar outro p茫o de queijo ao inv茅s de terminar o que ela come莽ou a comer https://t.co/pmlzb99llj
Sem a possibilidade de ser um pouco mais suave com uma caralhada de pessoas porque 茅 s贸 abaixar a guarda, que as pessoas se sentem no direito de serem um lixo. Infelizmente, tenho que manter o chumbo grosso o tempo todo.
brasil ganha essa porra eu confio
hahahah o puto nem disfar莽a
@user @user O que tem a ver? To flnd que a turma aqui se quiser ser resist锚ncia tem que focar em todos do eixo e n s贸 o Flamengo... C贸rintas tem 3掳 maior torcida de Recife e ngm fala nd... muitos torcem pra time paulista l谩 e n falam nd, s贸 quando 茅 Fla tipo eu, que se comovem tendeu?
@user vsf voce eh perfeita
rt @user fogo nos racistas porra https://t.co/lzs8nind7z
novinha dando o c煤 por dinheiro ( aumente seu p锚nis 11 960736519 ) - https://t.co/cf0oxbldgm
rt @user terr铆vel https://t.co/j52fie3r6r
@user nem perde tempo ju, bloqueia esse baitola logo.
a parte mais triste dessa porra toda 茅 que a gente percebe que 茅 sozinho
KKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKK POIS EU QUERO Q ESSE JOGO SE FODA FICA FAZENDO SKIN FEIA E N ARRUMA A PORRA JOGO NUNCA VI UMA EMPRESA TAO IMPREST脕VEL ASSIM ESPERO Q TENHA INFILTRA脟脙O DE G脕S E MATE TD MUNDO BANDO DE VAGABUNDO https://t.co/qe4SwWrg8y
eu sou um lixo velho!
rt @user feio demais incomodar a vida das pessoas cm um passado que nem rendeu
eles nem usam os bra莽os para levantarem, sendo que eu j谩 estaria travada pqp
carai como que um pai consegue torturar e matar a pr贸pria filha de &gt;&gt;&gt;6 anos&lt;&lt;&lt; 馃槨馃槨馃槨馃槨馃槨馃槨馃槨
imagine o cheiro de alho q ficou no pesco莽o dele
me perdoe os demais, 茅 s贸 eu que acho que a ludmilla "virou sapatao" pra causar pol锚mica?
rt @user meu amg: eu sou feio eu: https://t.co/h8pbbiygee
Dando trato na minha putinha馃槇馃崋 @user 鉂わ笍 @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user @user https://t.co/SlGkuD5y9X
a @user quase me matou do cora莽茫o ontem pqp
rt @user meu c茅rebro de gordo jurava que era franguinho https://t.co/rlnncovdjx
to apaixonada nesse menino puta q pariuuu
rt @user porra logo esse fds, frozen ???? https://t.co/j0kthd6xdm
rt @user 鈥渇ui a roma e estava frio鈥�. esse 茅 maluco. ali谩s, neste governo quem n茫o 茅 canalha 茅 maluco. https://t.co/dxq3exnowu
porra pq t么 cm gripe dnv eu nem sai de casa
@user a @user erra ao achar ab贸brinhas de jornalismo.
@user n茫o duvido que as viagens do marreco aos estados unidos tenha sido para editar os pr贸prios di谩logos e dizer que foram os hackers.
@user renan calheiros na cadeia .
n茫o n velho a n茫o euhsaienjhuuiaseauisehiua isso daq so pode ser meme
mano eu simplesmente amo conversr com vc
passa vis茫o bb praonde vc quer ir hoje falai que nois vai? 鈥� 馃 https://t.co/nnzkybafm3
coletiva com @user em 02/08. #stfvergonhanacional https://t.co/9fmhqo7ymp
rt @user ae bolsogado. e essa aqui, agora? j谩 aplaudiram hoje? https://t.co/tosfjma0vx
@user acabou a palha莽ada!
cortei a unha e agora estou escrevendo tudo errado. como faz!? 馃う馃徎鈥嶁檪锔�
at茅 q enfim eu concordo 100% em algo com a amanda kskksks
rt @user 馃惃 army segue army 馃惃 鈫琭avorite para ganhar seguidores armys. 鈫瑀etweet para que mais armys possam participar.
tinha que ser vasca铆na, aceita 馃ぃ馃憤
rt @user kkkkkkkkk quem https://t.co/whfff1qm8r
eu amo muito meus amigos, 茅 isso
vou me afogar do lado desse nego, que issoooooo
#STFVergonhaNacional Como pode? 11 Ministros fazerem o que querem? Isso tem que acabar. N茫o podemos permitir que pessoas que n茫o colocamos no poder mandem e demandem. Absurdo total. 馃槨馃槨馃槨馃槨 https://t.co/uIj2GETptV
Tem que adorar Na prova ou na b锚n莽茫o Tem que adorar Sorrindo ou chorando Tem que adorar Vencendo o gigante Ou dentro da caverna tem que adorar Tem que adorar Na sa煤de ou na doen莽a Tem que adorar Pra sentir sua presen莽a Tem que adorar A adora莽茫o 茅 chave que abre portas .. 馃幖
ariana grande 茅 simplesmente perfeita
meu pai fez o bolo e pediu pra minha m茫e n茫o deixar queimar, ela deixou queimar, ele ficou puto... no outro dia tinha 20 bolos em cima do balc茫o com uma carta 鈥渆nfia tudo no cu鈥� ta铆... 33 anos de casados https://t.co/GUAUxCW4hZ
@user okay ela tem 9cm a mais que eu ent茫o eu quero 40kg agora
@user vai dar tudo certo 鉂も潳鉂も潳
@user exato, parece que nossa idade mental n茫o corresponde, sei l谩. mas a铆 cria um conflito com outras quest玫es haha
foda
rt @user @user mal posso esperar para ir 脿 piscina
caralho deu certo aqui eu to muito chocado
@user eai selena gomez cad锚 o sg2
rt @user melhor que muita gente 馃う馃従鈥嶁檪馃巿 https://t.co/rttaoifrrp
em choque percebi q conhe莽o + d 10 perfeito n茫o precisa d nada mais
prefeitura do es ter谩 que indenizar fam铆lia de menino que caiu de escorregador https://t.co/4k6azbfman
loli 3d 茅 a pior coisa do mundo
@user meu cachorro ta pedindo uma foto
mineiro passou no quiosque, parou, olhou pra mim, deu um joinha e foi embora. n茫o bebeu o chopp. decepcionante.
@user @user @user ningu茅m solta o rabo de ningu茅m!
@user enfim um coment谩rio s谩bio. parab茅ns!!!!
茅 foda, voc锚 parar pra pensar na vida e ver o quanto ela mudou, quantas pessoas foram embora e quantas chegaram. a mudan莽a 茅 constante.
vamos ganhar #mpn #lorenaqueirozig #lorenaqueiroz #giuliabenite #turmadamonicalacos
@user @user disse tudo. ricardo galv茫o sai gigante em nosso conceito. parab茅ns pela coragem e profissionalismo!
@user @user quem dera ter est谩 agilidade para achar o queiroz!
rt @user isto aqui, deixou de ser uma institui莽茫o seria e virou uma vergonha nacional. #stfvergonhanacional https://t.co/km5rvvx44y
@user vai aumentar a evas茫o escolar!!!
rt @user mil favor 茅 muita coisa nu https://t.co/ecwc4yj6yx
queria fazer um desse mas tenha um total de 0 coment谩rios af
rt @user cada rt um voto #mpn #luansantana #luansantanashow #luanetes https://t.co/nhgfn6cesu
rt @user meu hobby eh criar paranoias parece
rt @user eu antes do role sozinho na baia https://t.co/ifa2p9nrta
rt @user carai o ninja saiu da twitch e removeram o verificado dele na mesma hora. que rapidez mano caraiiii
@user @user @user Se treinasse ia entender a piada, o que mais rola nas academias s茫o esses tipos de brincadeira, ent茫o por favor, n茫o militarizar 鉁岎煆�
hehe... boa! 馃
vamos manifestar nossa indigna莽茫o. #stfvergonhanacional
rt @user quando o jungkook atravessou o oceano pra ficar ao lado do jimin https://t.co/ssxi3icems
rt @user @user na vida eu sou a lorrayna, fala mal de macho, sofre pelo macho, por茅m n茫o larga do macho
Al茅m da line da @user que participou todos os majors, agora a @user e a @user est茫o no major ! ESSE MAJOR 脡 DO PA脥S DO CS MLK !! @user @user @user @user @user @user @user @user @user @user @user @user VAMOO! https://t.co/Hq2Qx8RgXV
algum velho caduco online???? 茅 pro meu tcc (colocando bauman em minha pesquisa
tem dois tipos de pessoas do mundo as pessoas ricas, e as que tiram carteira e n tem carro pra dirigir
@user nossa hj fui no parque dei oi pro doginho e j谩 bati um papo com o dono foi lindo
n 茅 aquele q vc conversa 24h e sim aquele que independente da dist芒ncia e do tempo que fica sem se falar a amizade e a intimidade continuam a msm! https://t.co/KCJ6xZLJiL
@user mano, voc锚 茅 eu todinha, credo aaaaaaaaaa
o legal 茅 que no whats conversa e pessoalmente naokkkkkkkkkkkkkkkkkkk vcs ouvem meus choros?
@user faz o seguinte me manda um canguru sua vida vai dar certo
coisas q vc n pode perder: tempo dinheiro a oportunidade de ficar calado
@user j谩 viu esse v铆deo ana?
tomei dramin antes de vir trabalhar e agora t么 quase dormindo em cima das crian莽as meu deus
@user perfeita desse jeito, tem que postar oq quiser! tuu pode 鉂わ笍
@user @user @user miga, o moses 茅 alinhadinho perto desse hahahah
@user aben莽oado seja geezer butler.
@user sim = os dois kkkkkk
rt @user eu to exausto, mas n茫o perco a social do ppg por nada hoje. vai t谩 bail茫o!!!
rt @user quero s贸 o que 茅 meu , n茫o invejo nada de ningu茅m ......
茅 um curto circuito aqui dentro de mim que explode no peito quando eu to afim
depois de certa idade, a gente n茫o responde mais whatsapp, n茫o responde indireta, n茫o responde os pais com grosseria, n茫o faz quest茫o de ter muitos amigos, n茫o corre atr谩s de ningu茅m, s贸 prefere ficar em paz
o cara mostrou o resultado das pesquisas por imagens via sat茅lite e eh SENSACIONALISTA????? sinceramente bolsonaro seu anenc茅falo do caralho vai tomar no olho de seu cu
a cara da dilma pra quem cria fake pra falar merda na internet https://t.co/vptnt54h4z
A advogada Fl谩via Ferronato foi chamada de puta pelo presidente nacional da OAB, Felipe Santa Cruz! * Isso pode n茫o 茅 feministas, m铆dia raivosa e OAB? Todos caladinhos! #STFVergonhaNacional https://t.co/0ZrP3wCyoL
rt @user at茅 tenho vontade e coragem, so n tenho maturidade p deixar grande do jeito q tem q deixar p dps depilar 馃槀馃う鈥嶁檧锔� https://t.co/ij鈥�
acho que ja ta claro que tamo vivendo uma ditadura n茅???
espero que algu茅m responda por favor. com exerc铆cio qualquer pessoa pode cantar com uma voz bonita
rt @user 鈥ndireta rt鈥� cuidado, n茫o fique mexendo no celular enfrente de casa 脿 noite. -zac
pessoal falando da menina q deve t谩 na lv agr cagando kk
Come莽ou a press茫o internacional. O governo, se n茫o mudar sua postura sobre agricultura sustent谩vel, n茫o vai vender nada no mercado externo.
meu deus vai se foder ate parece que elas tem liberdade pra fazerem o que querem ne eh tudo 100% coreografado e planejado e elas obviamente sao obrigadas a seguir isso
voc锚 diz que desistiu, mas incontrolavelmente continua tentando..
A mo莽a que t谩 fazendo meu cabelo aqui no sal茫o disse que o filho dela chegou nela pedindo pra fazer um curso de YouTuber, falei pra ela que era perda de dinheiro. Fui errada?
qnd t谩 doendo e a gnt morde o travesseiro 馃い馃き
rt @user #g锚meos eu costumava ser um pouco mais feliz. hoje t谩 tudo meio "tanto faz".
AQUECIMENTO GLOBAL 馃毇DIGA N脙O鈿狅笍 鈾伙笍FA脟A ALGO鉁� https://t.co/DLE8hCy8l9
Antes uma sociedade saud谩vel que fuma maconha e repensa suas ideias do que uma sociedade chapada de Rivotril seguindo as antigas regras https://t.co/51lE8i4gO4
melhor frase que ouviu hoje 鈥� at茅 agora n茫o ouvi/li nada que me alegrasse https://t.co/orvrlzgf3q
@user cuidado com a reencarna莽茫o do machado de assis, anter茫o.
@user a brincadeira acabou verdevaldo, corre pq os homens t茫o chegando.grande dia #gleengreenwaldnacadeia
O pat茅tico @user a contratar Dani Alves e o @user 脿 espera de levar na p谩 na Superta莽a para a铆 sim tentar contratar alguem de qualidade para a direita. At茅 l谩 茅 com o pateta almeidinhos, o tronco ebuehi e um lateral esquerdo lol. #vieirada #SaoPauloFC #slbenfica
eu no viaduto foi bem pior kkkkkkk
@user kkjskakkkkkkkkkkkkkk po, do mesmo jeito melhoras pro teu amigo
@user como se tu fosse algo bom kkkkkkkkkk zoa
s贸 tag lixo nesse twitter, a direita n茫o cansa de passar vergonha
@user hahahahahaha pois espero a retribui莽茫o
rt @user se chegar 脿 500 rts at茅 o fim do dia eu posto uma surpresinha !! https://t.co/djrxiuocjz
rt @user se afaste, v谩 em busca e siga em frente. https://t.co/jdknxtubpu
presidente da oab sofre amea莽as de morte e aciona a pol铆cia federal https://t.co/4qjcm6ykyh
@user Usa a t茅cnica da garrafinha gelada do lado da cama kkkk por茅m vai ter efeitos colaterais. Vai ter que levantar pra ir no banheiro kkk
@user trabalhar que 茅 bom, nada n茅?
@user 谩udio do marreco
rt @user @user parab茅ns anjo!! 馃挄
rt @user e agora olha pra miiimm.. est谩vel.... inrrespons谩vel
rt @user sextou que fala n茅 bb! https://t.co/tckeoyk5yz
@user iae bro , o mano l谩 do evento de fortnite manda dm ae
fox fala mal pra caralho do jogador a铆 quando ele n茫o quer dar entrevista pra fox chamam ele de desumilde de td kk
@user @user Eles j谩 quebraram todos os princ铆pios b谩sicos ...e pior agora usam o Poder para perseguir Procurador que 茅 integro e de m茫os limpas. #STFVergonhaNacional Querem exterminar agora os que tem m茫os limpas e anseiam pelo fim da corrup莽ao #DellagnolnaPGR https://t.co/ny1XeRt50P
rt @user eu fa莽o de tudo pra n茫o chorar na frente dos meus pais https://t.co/2mbkkfitqe
namjoon: voc锚 e o taehyung est茫o namorando? seokjin: n茫o... namjoon: tem certeza? seokjin: sim... namjoon: como fica a palavra "roma" ao contr谩rio? seokjin: amor? taehyung: sim vida? me chamou? seokjin: namjoon: ora a铆 est谩
rt @user @user desde que te conheci direito acho te uma pessoa super querida lara 5 se feliz e continua a ser super鈥�
melhor ficar quieta, do que arranjar mais um problema pros outros
@user BOMBA! Palocci em dela莽茫o premiada afirma que R脕KER, 茅 esquerdopata e esconde em conta secreta 300 trilh玫es de reais em nome do lula e seus filhos (n茫o os nomes deles). Pois 茅....
rt @user a guerra contra a ci锚ncia 茅 uma das caracter铆sticas do fascismo. https://t.co/e4mbk6xrve
@user itunes store via apple tv. hbo go s贸 consigo via iphone ou ipad, acho meio chato de usar.
quem quiser por a cacha莽a no cu vai poder eu hein vem perguntar antes n茫o mata n茫o
acho c么mico homem falando de aborto como se os que mais abortam n茫o fossem eles pr贸prios
@user raiane vc veio d onde 2013
vontade de colocar num potinho e cuidar para toda vida ig | @user via instagram story https://t.co/lj4m8lyn6u
adivinha quem vai furar a orelha e ta morrendo de medo nem parece que tem piercing? sim eu. meu deus eu vou morre
#Intervozes | Uso de canais de comunica莽茫o p煤blica para propaganda e comunica莽茫o estatal 茅 inconstitucional, apontam procuradores na a莽茫o. https://t.co/ZO8ZiwLj5H
Essa onda de 贸dio nos coment谩rios da minha coluna da Folha - onde s贸 argumentei em suma que desaparecer com as pessoas n茫o 茅 legal e familiares deveriam saber a verdade - 茅 normal? Me deu uma tristeza aqui.
n茫o 茅 pedir muito!!
Segundo o livro,esse sujeito tinha 300 mil soldados de prontid茫o que apoiava o Bolsonaro., pr谩 dar um Golpe de Estado,caso Haddad vencesse as elei莽玫es. V E R G O N H O S O.................... Esse 300 mil est茫o satisfeitos agora.? https://t.co/IngUX19aLS
adianta de nada fazer ponto e enfrentar a torcida sendo que voc锚 ta perdendo馃し鈥嶁檪锔�
@user est谩 chegando https://t.co/gf84h07bke
@user sua m茫e deve ser muito antenada. eu n茫o sei nem falar em g铆rias
Yony querendo um pouco mais de 3 milh玫es de reais EM LUVAS, pra renovar com fluminense kkkkkkkkkkkk t谩 viajando esse cara, deve ta querendo ralar j谩
rt @user demoro fechar isso ai. #stfvergonhanacional https://t.co/3jkbgxrwa6
A nossa gera莽茫o est谩 sendo privilegiada em rela莽茫o ao DERBY. Todo jogo est谩 tomando a devida propor莽茫o e se tornando uma final tanto p os torcedores, como p os jogadores. Nao vivi a d茅cada de 90 p saber, mas tenho ctz que estamos vivendo uma atmosfera magica!!! VAI CORINTHIANS
oi t谩 lindo o fixado quero um
@user putz , e ainda querem ter credibilidade? uma ex-bbb mano, ex-bbb !!!
comprei uma mochila lindinha da fricote pra usar per铆odo que vem mas minha m茫e disse que n茫o vai conseguir pegar ela hoje 馃槶馃槶
@user @user 馃槀馃槀馃槀馃槀馃槀馃槀馃槀馃槀馃槀馃槀馃槀馃槀馃槀馃槀se ferrou ot谩rio.
N茫o existe namoro crist茫o se n茫o for pra casar, esse neg贸cio de namorar v谩rias pessoas at茅 dar certo com algu茅m e depois casar, n茫o 茅 b铆blico, e n茫o 茅 costume de algu茅m que serve a Deus; relacionamento crist茫o 茅 casamento: unir-se-茫o e ser茫o um s贸, por toda a vida. 脡 isso.
rt @user eu sou a maisa https://t.co/l1vnrim2jn
@user @user parece a recep莽茫o da caravana do lula... kkkkkkk
馃毈 com os vapes, cigarro virou gadget. s贸 imagino o dano na gera莽茫o atualmente adolescente/jovem. tem at茅 influencer fitness (!) fazendo propaganda de cigarro eletr么nico (!!) no Stories, sem regra, nem filtro, nem aviso do perigo dessa baga莽a. em 20 anos a "conta" chega 馃彞鈿帮笍 https://t.co/IodVAb1TkW
rt @user a torcida do boca 茅 um cap铆tulo que merece destaque demais. uma aula assistir esses caras ao vivo. https://t.co/uk85ccmu鈥�
O hit "Bichos Escrotos" 茅 uma composi莽茫o da banda planejada para ser lan莽ada no primeiro disco de 84, mas por receio da cr铆tica acabaram desistindo. Em 86 acabou passando pela cr铆tica que apenas censurou o "V茫o se foder" em reprodu莽玫es nas r谩dios. https://t.co/dfgFPE00mC
@user o mais engra莽ado ainda 茅 que tem gente que tipo, usa mesmo
india eu acho #mpn #nowunited #uniters #bibitatto #pabllovittar #marinaruybarbosa
minha m茫e ficou chateada pq a amiga dela n茫o vai mais poder vim, t么 triste agora
olha a hora que eu pedi feijoada no ifood por isso que eu t么 imensa desse jeito
@user mito, fazendo muitos que eram quentinhos no twitter arrancarem os cabelos por causa do partido que perdeu as elei莽玫es 馃槀
rt @user deixa eu passar a lingua no teu tamb茅m 馃構 https://t.co/tl7ibyeo09
@user t谩 certo astronauta vendilhao
um dia l谩 estava eu deitada no sof谩 numa boa, ia colocar o p茅 na chinela pra ir na cozinha mas antes tive a brilhante ideia de olhar pra baixo primeiro eu vi a kate sentada me olhando fixamente, e na minha chinela? um rat茫o 馃槏 ficamos as duas se olhando em sil锚ncio at茅 ela miar
@user parab茅ns nega 鈾�
queria馃槩 #mpn #luansantana #luanetes #luansantanashow
@user ainda postam foto com ele kkkkkkkkkkkk v锚 se pode
Sobre as contra莽玫es 馃槀 . Doi mt gente ( N脙O MT MAIS DOI BASTANTE ) mais sem sobrancelhas que eu nao podia ir p.maternidade . Tentei ficar seria ser adulta mais n茫o deu . Aproveitem esse momento meninas , gravem 茅 mt bom recordar https://t.co/NgohFbKLq3
parece ate eu e a maria do bairro 馃が馃拸
O prazer e a satisfa莽茫o estampada na rosto feliz de quem sabe mto bem extrair tooodo leitinho de uma mamadeira cheiaaa 馃嵓馃挦馃挦 馃敒馃槇馃敟馃拫馃挅馃憛馃挜馃挄 @user @user @user @user @user @user @user @user @user @user https://t.co/wvsEYw3a9t
rt @user @user @user s贸 falta voc锚 usar suas tags bb #mpn #luansantana #luanetes #luansantanashow
rt @user iti que meus favs est茫o todos na mesma categoria 馃槏馃槏 me fudi #mpn #whydontwe https://t.co/hfl0ts2gtl
eu olhei pra ela e gritei: anjaaa
primeiro treino feito
@user @user todo mundo toma chimarr茫o, come churrasco e monta cavalo ent茫o ta tudo junto e misturado ^^
rt @user ai mas pq essas kpoper p玫e video de coreano dan莽ando nos coment谩rios m贸 nada a ver馃お馃お caralho meu filho vai dar a bunda.
obg rura pelos meus amiguinhos 馃グ
@user kkk adorei miga kkk
o est煤dio ficou lindo, j谩 a logo.............. mas o est煤dio t谩 impec谩vel
@user sua m茫e sabe das coisas.
Com patroc铆nio da @user quem foi o destaque da partida que garantiu o Tim茫o nas quartas de final da @user #S贸Love #VaiCorinthians
deu certo galera
um namorado para me vir fazer companhia aqui a casa 馃槴
rt @user carai mano, pqp ser谩 q a pessoa n茫o tem o m铆nimo de no莽茫ooooooooo porraaaaaaa caralho meu amigo
decis茫o do stf coloca em grave risco a estabilidade do pa铆s https://t.co/ra25lhu2uf
t么 legal 馃槨
@user @user hauahauahuahaua
@user coitadinhaaaaaaaaa desse bb :((
@user a pris茫o dos hackers ...
tudo certo pra minha festa de 16 anos , s贸 gratid茫o !!!!馃槏
rt @user a fatiada do diogo vitor em cima da gambazada. que tapa! https://t.co/3kq67fnlib
t谩, mas cad锚 a tatuagem? kkkk
@user vamos compartilhar a tags #nasruascontraministrosdostf https://t.co/tft6niamdm
@user 茅 old nega, as coisas que ela ta falando ai a maioria aconteceram 2014/13
namorando comigo vai ter liberdade sim, vai poder trocar ideia com quem quiser sim, vai sair pra role sozinho ou com os amigos sim, vai poder zoar com as amigas sim. Nao sou m茫e pra proibir de nada, mas liberdade requer prud锚ncia, e no primeiro vacilo 茅 tchau e ben莽a!
@user se ela cantasse led zeppelin no show dela at茅 eu iria no show hahaha
@user jana vai dar um passe na mula sem cabe莽a. https://t.co/s4wk8wbzcy
um filme era lindo
@user @user @user ah foi mal, e pq eu interpretei como um tom afrontoso e desrespeitoso sou burro kkkkkkk
retweet este tweet para ganhar novos seguidores e siga todos de volta 馃尰
@user ahahah faz parte 馃槬馃槬
minha m茫e do nada solta um "me deixa sem gra莽a... 贸 at茅 eu sei essas musica suas"
casa limpa, lou莽a lavada, unha feita, agora 茅 s贸 curtir minha solid茫o tranquila 馃槍
n茫o tenho melhores amigos espec铆ficos porque considero o meu "grupo" de amigos os meus best friends forever in the house of the nights
eu virei o que mais temia , a doida que limpa casa e fica gritando que n茫o 茅 pra fazer bagun莽a
percebi que eu podia ter postado com os personagens junto n茅 aiusdhaisudhaisduh https://t.co/wb4lu6dvlm
@user @user t谩 frio, fica esperta
eu todo com meu sodexo kkkkk toda semana algu茅m diferente me devolvendo
@user @user kkkkk desculpa, mas n茫o consegui compartilhar do instagram, ent茫o s贸 falei o principal!
rt @user demagogia x car谩ter ! https://t.co/fp5xnol1bz
deus, segura na minha m茫o e n me deixe comprar aquele t锚nis
nem tudo q parece 茅馃槈
@user @user @user uhuuuu kkkk espero vcs do outro lado kkkkk https://t.co/wmglhxvkrm
suspeito de matar ex e o filho dela presta depoimento em bh https://t.co/oueggxkujj #portalr7 #r7minas
a karol com certeza 茅 a raz茫o da minha felicidade
deixar declarado que o anderson 茅 a reencarna莽茫o de uma freira oprimida.
@user Eu tenho um diagn贸stico: voc锚 morre de inveja da felicidade do casal. Eles s茫o pessoas bem resolvidas e respeitadas. Cuidado que a inveja mata! 馃槀
rt @user @user vlw mano tmj 鉂ゐ煉煆�
@user mas 茅 claro que 茅 voc锚 hahahhahaha
qual impress茫o eu passo para voc锚s? 1- gamer, nerd, t铆mido, risadinhas e cores past茅is. 2- cigarros, 谩lcool, roupas escuras e personalidade forte. 3- plantas, livros, ch谩, aspirante a artista e positividade. 4- social, popular, muitos amigos, flerta muito.
@user @user mas 茅 claro que estou
@user Todo bobo, foi promovido para a coluna de fofocas do @user se continuar assim logo logo vai esta apresentando o #Fofocalizando
N茫o se trata de se envergonhar do STF. Envergonhar-se 茅 outra coisa. O pa铆s precisa EXPURGAR do STF essa bandidagem instalada. #NasRuasContraSTF @user @user PAUTE OS IMPEACHMENTS dos Ministros do STF.
@user obrigada pelo respeito que voc锚 tem conosco, receba minha solidariedade e carinho, a saudade 脿s vezes d贸i.
@user @user @user tbm n uso, o jogo fica super sem gra莽a
o pessoal quotando falando que o video 茅 pesado, pra eu apagar, falando que ta triste.... mas passa uns dias e ta comendo sushi fazendo a mesma coisa da tartaruga https://t.co/mzLEDBCKvm
@user @user opa... vou morar com duas 茅? credo... que del铆cia!
o homem 茅 um deus quando sonha e um mendigo quando pensa. tema: homem [friedrich holderlin]
descer escada e subir escadas toda hora n茫o est谩 dando certo com meu p茅 doendo
@user Existe democracia por aqui? Qual foi sua manifesta莽茫o sobre esse caso? Sinceramente, deputado, esperava mais. Talvez esse tipo de abordagem n茫o traga likes, ou, tem pouca import芒ncia nos assuntos nacionais. Pare de se camuflar, honre seus hor谩rios suntuosos https://t.co/yFj1d3hs8w
boa tarde para todos galera, menos para alguns ...... alguem saberia me informar como posso estar mudando o meu nome aqui no twitter?! vou ter que estar entrando em contato com a central? nao me lembro o porque eu coloquei come xereca como meu nome haha ..... alguem me ajuda
@user t谩 r铆gida , essas amigas assim q 茅 maneiro de pegar kkkkkkkkkkkk
tava na rodovi谩ria e um homem me pediu um trocadinho pra comprar comida meu cora莽茫o partiu fui la e comprei um pastel pra ele ele ficou tao feliz valeu cada centavo
@user @user Sou nordestino mas n茫o sou ot谩rio para votar em comunista. A minha fam铆lia inteira no nordeste pensa assim como eu. Agora em todo lugar existe os sem cultura, os mal informados, os corruptos.
rt @user mano sinceramente eu n to ligando pra nadaaa aonde tem estresse eu t么 correndo s贸 vibe positiva
@user Ana, minha v贸 DONA MARIA FRAGAS (HJ COM ALZHEIMER AMA VC 脡 VOLEI) SER脕 Q VC NAO PODE FAZER UM v铆deo de 10 segundos mandando um beij茫o pra ela???
@user nossa. Pra equipe Rocket se tem que pegar os pok茅mon certos, se n茫o 茅 derrota na certa. Se baseia por essas frases e monta o time na hora. E torce pra n茫o vir 2 Snorlax seguidos. 脡 praticamente imposs铆vel, OFGHIOSGHIOGSHD https://t.co/Hqxbxe4ELR
rt @user outros lugares : "por coincid锚ncia" no pa铆s cear谩: "parece uma coisa"
@user ta sem defeito nenhum. imagino o quanto deve ter dado trabalho pra ela se preparar pra essa papel e o quanto ela se doa em cena
e ainda tem gente falando que o daniel alves foi a melhor contrata莽茫o do futebol brasileiro dos 煤ltimos anos https://t.co/nrkxiost9i
@user Eu me pergunto se vc n茫o cansa?! Eu, com seu curr铆culo, surfando na crista da onda, fazendo hist贸ria, ia buscar um pa铆s democr谩tico de verdade e s茅rio pra morar. Povo q torra o saco!! Afffff
rt @user fui deixar acontecer naturalmente t么 sozinho at茅 hoje
Minha vida toda ajudei pessoas, incentivei pessoas, fiz com que pessoas sa铆ssem da posi莽茫o de v铆tima para protagonista da vida. Estar de m茫os dadas com aqueles que mais precisam, talvez seja esse o sentido da vida.
@user @user @user m么nica, para, voc锚 t谩 pegando muito pesado, j谩 j谩, vem minions falar do lula hehehehe
@user E prenderam os supostos hackers, sem ter acesso as msgs do intercept e sem per铆cia os celulares dos envolvidos. Eita pol铆cia boa da bexiga! 馃槀 馃槀 馃槀 馃槀 馃槀
toda vez que entro no tt, cris est谩 dando uma palavra amiga pra galera
a tua 茅 divers茫o 茅 escrever pra dizer que acabou de chegar, que passou por aqui e n茫o quis me chamar
o que n贸s, seres humanos, podemos fazer - guilhotinar os donos das 100 companhias que s茫o respons谩veis por 70% das emiss玫es globais de poluentes - guilhotinar os ruralistas do agroneg贸cio que usam 72% da 谩gua tratada do pa铆s - parar de cair em discurso ecodemag贸gico https://t.co/l6UC1rCUZl
@user ou莽o essa m煤sica TODO dia na frente do espelho e me lembro, mais uma vez, DA MULHER FODA LINDA DA PORRA QUE EU SOU, obrigada, nego da porra 馃挍 #negritude
batemos os 150!!! 茅 hoje!!! #stfvergonhanacional https://t.co/agx4vhn78u
Eu j谩 fui adolescente e eu sei como 茅 achar que voc锚 ta certo O TEMPO TODO e que quem n茫o concorda 茅 est煤pido, mas a vida n茫o 茅 um preto e branco no qual voc锚 est谩 numa ponta e quem discorda ta na outra Eu vejo os jovens se comportando assim mais e mais
@user e vc querendo dar aulas de direito para os ministros do stf 茅 a piada do dia. a prop贸sito, cad锚 o queir贸z? 馃ぃ馃ぃ馃ぃ
Sabe pq a classifica莽茫o do Flamengo t谩 sendo a mais falada? Em quanto muitos j谩 estavam dizendo que o Flamengo estava eliminado a torcida botou 67 mim no Maracan茫, cantou at茅 o 煤ltimo minuto e ganhamos. Jogamos juntos!
@user mas que biba p茫o com ovo feia du cacete! hauhauhauhauhau
na minha cabe莽a, o marido tinha um caso com a m茫e dela, ai eles mataram ela, e a m茫e dela esperou uns anos p matar o ele e ficar com dinheiro
@user o melhor do dia foi a maria beltr茫o dizer que o cabelo do boris johnson e uma mistura de guga chacra com trump.
@user quero ni no kuni, c贸digo v茅ia e dragon blau kakaroto dessa lista a铆
@user ele acha que jornalismo investigativo 茅 isso.
@user bra莽o do trombudo ou montreal
@user fica como aprendizado gata.
S贸 pra contar proc锚is que a Rihanna se mudou pra um apto aqui no bairro do lado de casa. (Se莽茫o NID: Not铆cia In煤til do Dia). https://t.co/qQ9FQUDdK5
@user parab茅ns 鉂わ笍
amo coisas com queijo mas essa intoler芒ncia me fode fico puta tmnc
o dan estuda na mesma universidade que eu, o mesmo curso que eu s贸 que em campos diferentes https://t.co/wv81zqup1d
semana paia pra ser chamar jade
tem que chegar com estilo, n茫o 茅 mesmo?
cada foto 茅 um tiro
茅 foto ou v铆deo? 馃槀馃槀 | edu e amigos, ontem (01). #educhociay https://t.co/wbggycvlhp
todo mundo quer sinceridade, mas nem todo mundo aguenta ouvir a verdade.
rt @user mais uma foto com o amor da minha vida 馃槏 https://t.co/3epcebk0kw
@user j谩 sabe n茅? vc como pior aluno da escola vai ter que comer ela https://t.co/sj7zmql7vr
rt @user nada como um dia ap贸s o outro e a certeza de que as coisas s贸 acontecem com um prop贸sito: nos tornar pessoas melhores e ma鈥�
@user ai desanimei mas quando chegar a hora vou acabar indo mesmo, conseguiu comprar o ingresso?
@user @user boquiiiitaa boquiiiitaa!!!馃樂 https://t.co/kuf8vr2blt
nossa eu to com muita vontade de comer macarr茫o com salsicha 馃い
rt @user ui t谩 chorando! 馃槀馃槀馃槀馃槀馃槀馃槀馃槀馃槀馃槀 #sextadetremurasdv
@user entao o b do lgbtq+ e de burro pra krl vc miga
dependendo do artista, leva muito mais que isso. eu pensaria em ir pela primeira vez inclusive rsrs.
@user @user @user @user @user @user @user @user @user @user @user Oii @user Queremos ouvir 'Dream Glow' do @user feat. @user na programa莽茫o! Obrigadx! #KCAMexico #BTS #ARMY Love maze
a pior coisa 茅 se despedir de quem ainda est谩 vivo
eu simplesmente odeio falar de mim pra uma pessoa que n茫o me fala dela. me sinto totalmente vulner谩vel
@user @user E o ministro antonio dias toffoli achou por bem interromper essa opera莽茫o. Rid铆cula a atua莽茫o deste ministro. (Min煤sculas propositais para ficar da mesma estatura moral da figura em quest茫o).
Se voc锚 olhar para algu茅m e souber que est谩 pessoa 茅 o amor da sua vida voc锚 tem que segurar ela pelas m茫os firme, voc锚 n茫o pode deixar isto perder, voc锚 n茫o pode soltar as m茫os do seu amor t茫o facilmente
@user caipira tentando ser chique kkkk
o jeito que o louis olha pra o harry s贸 mostra o qu茫o apaixonado ele 茅, 茅 sempre um olhar com tanto carinho e amor 馃挋 https://t.co/137tfhdxv1
rt @user o exo ainda existe ou todos os membros j谩 sa铆ram? #sm_氤挫澊攴鸽９搿犾弓_旆唽頃�
helena fica provocando vo bate nela
sempre gostei, desde pequeno..馃い馃い馃い
quem ja ficou em p茅 do lado de uma tomada carregando o celular s贸 pra nao ter q cortar o assunto e ter q dar tchau pra pessoa porque a bateria ta acabando nao sabe o q 茅 prova de amor
bagulho 茅 agir na pureza, se n茫o vir pra somar 茅 melhor nem chegar perto!!
N脙O VALE MENTIR! 1. 14 2. N sei 3. Queria 4. V 5. N tem 6. Sim 7. 脡 oq eu + recebo 8. J谩 9. Slakk 10. Boa pergunta 11. Vrs 12. Eu n sei o nome dela 13. N脙O 14. N茫o Responde com um emoji que eu te mando.
@user pr贸ximo passo, busca e apreens茫o do material do theintercept. voc锚s canalhas esquerdiopatas v茫o ter que apresentar todo material.
Voc锚 j谩 ouviu alguma das nossas #mulherespodcasters hoje? T谩 aqui uma lista s贸 com excelentes sugest玫es de podcasts dos mais diversos temas com mulheres nas equipes. https://t.co/HKEdebdsLN
@user @user @user @user @user Falar de Cannes pro pov茫o 茅 igual falar de f贸rmula Indy pra quem gosta de F1. S贸 interessa pro seleto grupo de intelectuais da USP que bebem sangue na caveira em noites de lua cheia. O povo quer Avengers, n茫o quer Aquarius carai...
@user nossa me chamou ate de anna,ai mo ate eu fiquei sem panos dessa vez https://t.co/juapymoywf
rt @user @user o meu t谩 desde 2019 quando saiu a poesia ac煤stica 7
Falando em porn么, amanh茫 vou repostar a minha thread sobre v铆cio em pornografia que o tt apagou, na 茅poca eu lembro que algumas pessoas me agradeceram pq estavam chegando naquele ponto e n茫o percebiam, e algumas amigas tb se ligaram que os namorados tinham esse v铆cio
simples assim.
e ver isso 茅 triste, j谩 que ela trabalhou muito para tar onde est谩 e conquistou as coisas sozinha, e agora ver ela a ser resumida a macho, desanima
olha, eu n茫o concordo com viol锚ncia, maaaaaas q coisa maravilhosa
h谩 quem diga que quem anda s贸 茅 melhor do que ao lado de quem n茫o te quer bem
eu to morrendo skakskkskswwkkkkkkkkkkjkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkksk
@user claudia leite tinha que fazer uma tatuagem dele, pra balancear o universo.
rt @user apagou meu n煤mero e bloqueio no insta agora posso dizer q fui o neg贸cio doido na vida de algu茅m
@user s贸 dessa vez
@user @user mas 茅 foda q se ele n tiver postado no face tb vai q o irm茫o do menino n tem conta no tt k
@user @user nao duvide, fofa! vai ficar vermelha!
rt @user e se daqui pra frente a gente prometesse n茫o brigar.. 馃拸
esse placar do v么lei t谩 uma merda. cinza com branco da pra ver porra nenhuma irm茫o
馃摎 #Intr铆nsecos 馃 Entre para o #Clube de Assinatura da Editora @user e receba um #Livro in茅dito em uma caixa especial todo m锚s... #Leia antes, colecione e se apaixone! https://t.co/lteJ6RfNCb
ai tipo obviamente eu entendi o que a sm quer com esse grupo novo, gerar dinheiro com os top/face idols de cada grupo da empresa pra alavancar dinheiro juntando os fandons isso 茅 贸bvio porra mas eu acho um descaso do caralho com todo o resto vsfd cuida do teus grupos irmao
rt @user @user olha tu https://t.co/xagwnc618m
@user @user tudo isso 茅 maconha?
rt @user quem viveu gr锚mio x palmeiras dos anos 90 sabe a rivalidade desse confronto. sci nem existia nessa 茅poca
@user deve ser um deus sim https://t.co/7rcxrqleka
eu odeio o capitalismo de uma forma t茫o grande....
@user @user @user @user eh pode ser tb sla
sextouuuu e o plano 茅 o mesmo, ficar em casa
sempre dando meu melhor e confiando em deus!馃挍
rt @user s贸 falta o dinheiro https://t.co/xwdd0h00qv
rt @user dai seus pessoa certa na hora errada
@user @user me levem! eu fa莽o drenagem na barbara de gra莽a
@user que homem!
melhor amigo *****
@user queria um desse ctg kkk
@user e caf茅 茅 o que?
@user olha que vou hein!
脡 assustador como que nesses 煤ltimos dias/semanas t茫o acontecendo coisas cada vez mais autorit谩rias. Demitem pessoas por falar a verdade, ex茅rcito aparece pra "conversar" com pessoas que organizavam manifesta莽茫o, ex茅rcito aparece em um evento onde eles n茫o tinham nada a ver...
@user Os extremos tocam鈥攕e. Na sociedade tecnol贸gica fica tudo registado. No caso do Benfica as provas s茫o claras e abundantes (e鈥攎ails), no Sporting s贸 conjunturas, zero provas. Em Portugal, pa铆s corrupto at茅 脿 medula 茅 o Sporting que vai para tribunal. Contado ningu茅m acredita.
me ensinou muita coisa kkkkkkkkkkkk
rt @user uma coisa em cima da outra cara 馃槶馃挃
@user brega nada, arrasou!
FINALMENTE! Fake Protagonist vers茫o em ingl锚s liberada no Spotify do nosso pa铆s. Corram l谩 para ouvir, pois est谩 a coisa mais linda. 馃挌 #喔炧福喔班箑喔竵喔堗赋喔ム腑喔� #Getsunova #喔椸袱喔┼笌喔掂笀喔掂笟喙�喔樴腑 #喔腑喔熰竵喔编笝 https://t.co/zYue3qnwCE
@user af, larga de ser lindo
que pedir https://t.co/3n2sc7nwfy
@user @user @user n茫o 茅 da sua conta.
e n茫o me arrependo
poxa disney olha o pr铆ncipe que vcs est茫o perdendo https://t.co/ymlgvorlyk
@user amo todos, mas eu prefiro o paulista *-*
tem m煤sica sertaneja problem谩tica e n vejo algu茅m falando hm
@user 脡 Pod at茅 ser, mais a posi莽茫o dele, exige muito, e a idade tb n茫o colabora, s贸 da pra saber se foi uma boa depois q ele mostrar em campo, igual Ronaldo e Roberto fez
rt @user stays gringas onde voc锚s est茫o nas vota莽玫es e comeback que eu n茫o vejo? #bangchanselcaday @user https://t.co/6olzrlpa鈥�
rt @user bixo 茅 ruim kkkkk https://t.co/mogrskix1s
@user ai mano, namoral, essa vergonha 茅 no d茅bito ou no cr茅dito?
me deu uma saudade da isa falando " no " pra tudokkkkkkk
rt @user #mpn #marinaruybarbosa #nowunited oitenta e dois
@user @user @user 脡, quando o cara tem q tirar a foto de um livro, talvez do pai pra tentar convencer algu茅m 茅 pq o algu茅m acertou em cheio!! E, novamente, vc t谩 me imitando. J谩 falei em bolha ideol贸gica pra vc. Tenta outra.
@user @user #horadeporcaf茅 fake news na qual seu tio acreditaria: whatsapp agora custa r$ 10,00 na playstore e ganha tema escuro
@user @user extrema direita mente. n茫o faz nada em benef铆cios ao pa铆s. vivem perseguindo seus opositores ideol贸gico
marina n茫o deixa passar uma v茅i kkkkkkkkkkkkkkk
O lado bom para o #Flamengo neste quesito, 茅 que ap贸s a partida contra o Bahia, o t茅cnico Jorge Jesus ter谩 semanas cheias (sem jogos no meio de semana) at茅 a partida contra o Inter pela #Libertadores - dia 21.08.
rt @user @user ent茫o vc concorda que moro errou.....ahhh t谩....contra o pt vale tudo....entendi.!
Advogados do m煤sico fuzilado pelo ex茅rcito pedem indeniza莽茫o na Justi莽a Federal. A fam铆lia afirmou que as autoridades nunca prestaram nenhuma assist锚ncia aos envolvidos. Sogro tb foi ferido na a莽茫o https://t.co/XPMMwS98iZ #80Tiros https://t.co/gMiC9FWGQO
@user errado! ser谩 75 milh玫es em 42 meses. ficar谩 em torno 1,8 milh玫es.
@user chegou a hora. @user #correverdevaldo
eu toda kkkkkk
@user a velhinha de taubat茅
olha pra traz e faz pose debocha q ele se fudeo mostra o mulher茫o q o otario do seu ex perdeu
@user @user Parab茅ns, sou um apoiador de voc锚s com muito orgulho! Voc锚s est茫o fazendo o maior trabalho de jornalismo da nossa hist贸ria.
@user isso tudo s贸 pra ganhar biscoito, mere莽o viu 馃檮
acabei de achar uma identidade na Mariz e Barros altura do Miguel Couto com o nome de Maria Santos de Lima. A imagem t谩 ruim pq a id j谩 t谩 um pouco gasta. D锚em rt por favor pra achar a dona!!!! https://t.co/HIHE47d7at
banheiro lavado, casa toda arrumada, vou l谩 na minha m茫e buscar meu almo莽o e sextou n茅 rss
ATEN脟脙O ROB脭S DA DIREITA!!! Para uma TAG subir, tem que haver uma postagem (ou retu铆te) 脿 cada 18 segundos!!! Bora trabalhar??? #NasRuasContraSTF
@user sim, entra em configura莽玫es e procura "desativar conta" https://t.co/h9kac7m4vc
rt @user n茫o pe莽am pra gente parar, pq n da https://t.co/lwwt0olx2y
quando eu n茫o tenho onde ir com o @user
3 donuts d gra莽a maravilhosos obg rappi
@user exatamente
eu te quero... 馃檲 鈥� eu nem te conhe莽o minha amigo https://t.co/h4kmck8j1y
- Chupetinha patrono da cidade - 68% Da popula莽茫o votou no Bolsonaro - n茫o tem nada de bom pra fazer - cosplay de bandido em escola particular existem - cidade n茫o tem nada al茅m de talarico e fofoqueiro - carinha da palha italiana 茅 mais ponto tur铆stico que a pra莽a da cidade https://t.co/s90eM1PiAD
Os funcion谩rios aqui da escola de ingl锚s s贸 falando ingl锚s entre si pras outras pessoas n茫o entenderem e eu s贸 lembrei de quando eu era crian莽a e via um neg贸cio desses e ficava https://t.co/pnWNkBa7QN
@user vou pensar o pr贸ximo q n茫o vai estar na minha lista kkkkkkkkkk
nada... 鈥� 馃し馃徎鈥嶁檧锔� https://t.co/hgyraprwpx
@user andrei depois vc tem que vir aqui em casa que a roupa do seu casamento t谩 pronta j谩
@user @user passe dois meses na mesma casa que uma pessoa que tem catapora sem tomar a vacina que previne que vc tenha,e so ter f茅
rt @user odeio querer usar minhas coisas e n estarem comigo, j谩 fico emburrada j谩馃檮
meu pai acabou de me fuder, olha.. sinceramente, ta foda!
seu perfil foi visto por 2 pessoas na 煤ltima hora https://t.co/oedizu0d29
TARDEZINHA DOS CRIAS 馃幁 Micareta Fantasy 馃幁 脡 baile morador, e tu n茫o vai perder a chance de curtir esse bail茫o de camarotezada com os crias n茅?! Reserva logo o teu, antes que acabe. 馃コ 10 pulseiras 馃コ 5 copos 馃コ 2 bon茅s 馃挵: 300$ #TardezinhaDosCrias
felipe馃憦馃憦馃憦馃憦馃憦馃憦
rt @user as vezes eu me arrependo de ter twitter, as coisas que eu tenho que ver
A amizade pode superar qualquer desafio. E a Turminha vai mostrar que juntos somos muito mais fortes. 鉂� E voc锚, j谩 assistiu #TurmaDaM么nicaOFilme com os amigos? Ingressos: https://t.co/WW1QKOb8UP https://t.co/FOfIGvuFLV
@user nossa! o mundo est谩 doente!馃槶
@user at茅 patroc铆nio quer ganhar da #cervejaperfeita
amo esse homem
@user @user @user ent茫o me mostra onde diz o contr谩rio disso na conduta de um ju铆z.
@user piso da cozinha a yngrid que vai pagar, mas agora to pensando no meu arm谩rio mesmo e meu deus.......... ok, sem maquiagens
rt @user n茫o votei em nenhum ministro do stf. #nasruascontrastf #stfvergonhanacional https://t.co/dj329sjrdv
Encontrei um Insta esquerdista q faz apologia ao 贸dio,Fotos horr铆veis do Presi,e o pior de tudo imagens horr铆veis de Jesus, eu como Crist茫, Evang茅lica, Pentecostal fiquei indignada,fui e denunciei, + o insta disse q 帽 tem nada d+. Vou me candidatar pra lutar a favor dos Crist茫o馃槩
@user 鈥渃omo traumatizar meninos para sempre鈥�
rt @user eu mere莽o ser feliz 馃幎
existe algu茅m t茫o idiota ao ponto de pintar uma sandalia da schultz?? sim eu
rt @user @user @user oi migas, vamos?! https://t.co/d1k7ubcu1k
como que ela quer que eu continue viva depois disso? https://t.co/zae5wih8m8
@user mata ele, a铆 n茫o tem como pensar mais em voltar
rt @user eu morro ali msm https://t.co/etivoal3wn
[02/08/2019 15:00:44] let barreto: ainda bem que saudade 茅 coisa que da e passa [02/08/2019 15:01:01] let barreto: kkkkkk passou mais mentirosa n existe
rt @user @user @user caralho,dps dessa eu voltava
@user que 茅 isso? "assassina de reputa莽茫o self"? 馃ぃ
nossa q lindo, imagina pelado
rt @user onde o quadrado vai fechar bonito 馃槀鈿� https://t.co/q0522fzvra
Algu茅m vemk me ajudar arrumar meu guarda roupa nmrl, sozinha o des芒nimo n茫o me deixa agir, af. Cad锚 os amgs, qnd se precisam deles numa emerg锚ncia como essa????? 馃檮馃檮馃檮馃檮馃檮
eu n茫o to acreditando nisso n茫o, vai tomar no cu cristina
@user caralho! esse jamboree deve ter sido muito foda, o melhor de todos
@user ele est谩 com 2 coisas vermelhas na m茫o logo 5+19脳2= 43
@user vai ser como a do ad茅lio? 馃
@user @user @user A PF disse que N脙O H脕 no momento nenhuma investiga莽茫o mas n茫o disse nada que NUNCA HOUVE! Qdo perguntaram j谩 tinha acabado uai 馃ぃ馃ぃ馃ぃ馃ぃ馃ぃ馃ぃ馃ぃ T谩 nervosa, pq???? https://t.co/D09W2DOJMM
acho que hoje eu consigo assistir os 煤ltimos dois eps de friends que faltam pra acabar, tomei coragem
finalmente vou ter aula nada mais que nada menos com dra. adriana sarmento...
hoje 茅 o dia da cerveja 茅 eu n茫o tenho 1 amigo pra comemorar
rt @user #sextadetremurasdv gente que entra na teg e n茫o segue. https://t.co/pfes2wsedv
rt @user precisamos ajudar. por favor, sigam @user https://t.co/zt25rjizvn
@user amoooo????? quero. quando eu fazer um bom tamb茅m te darei um peda莽o, gosto assim amigos culin谩rios
como acreditar q o daniel alves agora vai vestir o mesmo manto q eu pqp q viagem porra
Malcom confirmado no Zenit. Aqueles detalhes que fazem diferen莽a. Bem no Bordeaux, ganhou proje莽茫o e daria um belo passo indo pra Roma. Pintou o Barcelona (de forma surpreendente, oferecendo um degrau acima). Acabou n茫o se firmando e vai pra R煤ssia. Ainda 茅 novo e bom jogador. https://t.co/gs2tVKIRnG
@user se poss铆vel escreve "stream butterfly on youtube" tbm kk estamos aguardando! onde fica esse shopping mesmo????
era pra ser de manh茫 n茅, mas nem parece porque eu fico o dia inteiro naquela praga fazendo prova e estudando
voc锚 pegaria uma mina ? 鈥� 茅 claro 馃寶 https://t.co/agc56daq3a
rt @user ai gabi, s贸 quem viveu sabe 馃槏 https://t.co/fu2zo8lpzc
@user foda mano
a sofia tem algo a dizer ao hugo strada... https://t.co/qb3bcunm56
cultura! antes, durante e depois. bora, gente! "se 茅 samba que eles querem, eu tenho!"
nossa mano minha cabe莽a vai explodir de tanta dor 馃槗
rt @user quando eu estou ansioso ou apaixonado, eu fico sem fome alguma. algu茅m aqui 茅 assim tamb茅m?
Essa turma do PSL tem um problema s茅rio com a verdade e uma paix茫o tremenda pela mentira e a demagogia. Todo nosso apoio ao @user S贸 a luta muda a vida! https://t.co/Y29NaeldLf
@user opora eu tinha lido outra pessoa falando que tinha sido coc么 mas que caralho
@user deve ter cheiro de beb锚 鉂も潳
melhor coisa foi arrumar namorado na faculdade logo imagina arrumar antes e ter q namorar 脿 dist芒ncia pq cada um foi p um lado?
@user @user blz, eu acredito no meu time, acredito no meu t茅cnico, eu cr铆tico eles mas n茫o 茅 por causa de uma derrota q vou fazer uma manifesta莽茫o contra o time, eu apoio nos momentos bons e ruins e apoio meu time em 2017, na s茅rie B, eu apoiei
acho que se eu agradecer bad habits de novo o danny vai me mandar um "chega????"
rt @user sei la hj vo pedir pro cabeleirelrilo mete um pentagrama na minha cabe莽a
rt @user tenho um v铆deo de anal e um na bucetinha anal fav buceta rt quem ganhar posto rz
tony tem se sacrificado desde o primeiro iron man, ele entra em um buraco de minhoca pra salvar ny, uma cena deletada de im3 ele tira o reator pra salvar um garoto... o mito do tony parar de ser ego铆sta em endgame ja 茅 horr铆vel, agora, que 茅 gra莽as ao pai abusivo dele j谩 茅 for莽ar https://t.co/Q59DuGTOAN
bolsonaro demite chefe do inpe para esconder dados sobre desmatamento https://t.co/tldralnw3o
olha eu n茫o tenho maturidade pra ver essas coisas, eu fico muito mal
eu estava sorrindo at茅 ver essas imagens
n茫o 茅 que eu ache isso eu tenho plena certeza kkk j谩 me envolvo sabendo nem d贸i mais
meu deus
@user comassim guria kkkk, eu penso q vc deve priorizar vc mesma e oq te faz bem, a铆 s贸 vai ter sentimento good
rt @user s贸 queria estar em vm ainda
@user foi sem querer querendo... 馃槀馃槀馃槀 https://t.co/uegw4kox0t
rt @user exclu铆 seu celular, esqueci a sua rua, como eu fui me apaixonar por algu茅m t茫o filha da puta...
@user ent茫o encontramos nos no hall de entrada ok?
d贸i muito o meu cora莽茫o ver o meu magrelo no estado em que ele se encontra... 馃槶馃槶馃槶馃挃
eu to tentando entender at茅 agr isso https://t.co/z1moocbfuj
Esse m锚s tem m煤sica nova, segunda do EP, o nome dessa 茅 "Voc锚". Por enquanto aproveita e clica l谩 no link da bio e da uma olhada no clipe com a primeira m煤sica do projeto. Obrigado a todos. Muito amor.鉂�
tem gente se preocupando demais com a vida dos outros.......
@user ma 茅 casa de italiano mama mia rs
@user vou assistir ent茫o k
t么 precisando de um desses , lindo demaaaais
CIPHER marca presen莽a na DEFCON 2019, maior confer锚ncia hacker do mundo https://t.co/13GGhqWUvz #mtitecnologia #eventos #hacker https://t.co/RAQudMc9n0
Por mais promessas assim, ganha o Flamengo e o mundo se torna um lugar melhor. Com certeza essas crian莽as nunca ir茫o esquecer esse dia. @user vc foi t茫o gigante quanto o time que voc锚 torce
@user melhor economista que existe
@user @user a铆 j谩 gosta de passar vergonha!! https://t.co/tqdy9hvpfh
@user concordo!
procrastinando antes de come莽ar a trabalhar. https://t.co/kbpvrkkfrv
rt @user 掳掳au larry - sign of the crime掳掳 191 - tenho consci锚ncia de classe sexta 13/02 https://t.co/avhrge0dle
@user e eu nada??
Conhece j茅ssikinha do Macei贸 da onde ? J谩 ficaram ? 鈥� Conheci atrav茅s do meu primo thiago, NUNCA ficamos ! Tenha senso 馃槖 https://t.co/MEwjNyJinO
@user @user @user @user Relembrando que quem partiu para o insulto primeiro foi a senhora, chamando-nos de hist茅ricas e pat茅ticas. E h谩 v谩rios estudos e estat铆sticas, 茅 s贸 procurar. Se n茫o aceita o que eu postei e insiste em pedir para os outros fazerem a pesquisa por si, o problema 茅 s贸 seu mesmo.
@user fogo no parquinho!
vontade de chorar hj estou triste !
@user duvido tu n chorar hoje feio
@user eu vi algo sobre mas nao entendi
@user manda n煤mero e nome na dm
@user @user vender onde da lucro onde da preju铆zo ,faz o que ? fica com governo?
from: an么nimo to: @user so passando pra fala que tu e um pnc que me deu um fora por nada bebado do c茫o
rt @user pais que pro铆bem os filhos de tudo e q n茫o t锚m confian莽a neles, acabam por criar filhos que lhes mentem https://t.co/merx鈥�
馃弳 O caminho para #Assun莽茫o2019 ! 鈿� Como ficaram os cruzamento da #SulAmericana ap贸s as oitavas de final. Tr锚s brasileiros avan莽aram 脿s quartas, e dois se enfrentam por vaga na semifinal. https://t.co/urwPmg8wFK
@user eu mesma com 19 anos
quero tomar nenhuma decisao importante at茅 acabarem as provas
@user pensa em algo que te deixa felizinha que eu tento fazer
ela disse uma vez que tinha apresentado. vi at茅 imagens no youtube.
@user que d贸....!
@user @user aaaah seu lindo, se acalme que eu lhe trago ipa pra sua boca degustar
@user tchau querido daltan danoninho power point
pq dessa bang chan selca day porra algu茅m me responde
@user lind铆ssima, a est茅tica da artista sofrida por茅m cheia de conte煤do e v谩rias horas de trabalho + muito caf茅
minha marquinha ficou certinha na tatuagem, ta a coisa mais linda馃槏
谩ries, touro Peixes, g锚meos, libra, sagit谩rio, le茫o, Virgem, capric贸rnio aqui dentro t谩 uma bagun莽a por sentir demais... mas tudo bem, devo agradecer por transbordar amor e n茫o 贸dio.
@user t茫o t谩 馃榾馃槂馃槃馃榿馃槅馃槄馃槀馃ぃ馃ぃ馃ぃ ! https://t.co/sgx1iqwjqa
t谩 pegando a grazi agora q ela e gleisson terminam kkkk parab茅ns 鈥� n茫o fode kk https://t.co/dmwmlxns0z
estado de pernambuco protegendo a corrup莽茫o. https://t.co/gcipvn2ycc
31 DIAS COM CORA | Cora Coralina 茅 um patrim么nio dos goianos. Ela era poetisa e doceira, vivia longe dos grandes centros e retratava de forma 煤nica o cotidiano do interior brasileiro, em particular os becos e ruas hist贸ricas da cidade de Goi谩s. #31DiasComCora #OPopular
@user @user kkkk pow parece as montagens do alok l谩 kkkkk
incrivel, o m锚s iniciou ontem e eu j谩 estou pobre kkkkkk mas grata e feliz 馃挄
@user @user o mesmo perfil, gente velha classe m茅dia falando bosta no twitter, 茅 uma estat铆stica
A Vig铆lia Lula Livre segue firme p liberdade d maior presidente d hist贸ria d pa铆s. A nossa luta continua, p igualdade, p Justi莽a e pelos direitos de todos. Est茫o d parab茅ns os companheiros e companheiras q resistem bravamente a essa injusti莽a. #LulaLivreSextaSDV #LulaLivreUrgente https://t.co/gwlgSWdnwX
ent茫o n茫o s茫o h茅teros kkkkkkkkkk mas todo mundo sabe o motivo dos gays se apaixonarem por h茅teros kkkkkkkk
@user cada um bebe o que gosta, confesso que 谩gua de coco n茫o me apetece muito. rsrs
vergonha
rt @user n茫o estou dando conta 馃挋馃挋 https://t.co/weoli4ghsp
odeio quando eu n茫o almo莽o na hora certa, fico enjoada e perco o apetite馃檮
rt @user eu 脿s vezes gostava de entender o que vos vai na cabe莽a fr ahahahha
Qual impress茫o eu passo para vcs? 1- gamer, nerd, t铆mido, risadinhas e cores past茅is. 2- cigarros, 谩lcool, roupas escuras e personalidade forte. 3- plantas, livros, ch谩, aspirante a artista e positividade. 4- social, popular, muitos amigos, flerta muito. *se flopar eu apago*
@user eu te pergunto, como tu n sabe disso
minha mala nem ta pronta ainda e to arrumando ela desde ontem
@user @user Sou paraibano e acho que vcs esquerdistas s茫o doentes e est茫o torcendo pro pa铆s dar errado. Voc锚 nem 茅 nordestino e tamb茅m n茫o t谩 nem a铆 pro nordeste, fica a铆 falando besteira
@user se namorasse comigo ia assistir rei le茫o toda hora mas n茫o me da bola
peguei uma gripe foda, espero q eu melhore at茅 s谩bado q vem
vou tira um cochilo e aproveita que hoje n茫o tem aula pra passar a tarde toda dormindo
@user @user @user Independe do que ele possa ter feito antes(n estou afirmando nem negando), n justifica ela dar um soco na cara dele, tinha outras formas de resolver, quem bate tem que estar disposto a apanhar, quem faz isso que ela fez t谩 sujeito entrar no roque assim como ela entrou, simples
@user u茅, mas n茫o eram russos pagos com criptomoedas?
E pra quem j谩 tem a grana contadinha e n茫o quer pagar taxa... o M&amp;G do show est谩 dispon铆vel na bilheteria do Carioca Club em Pinheiros - SP. Por茅m, l谩 voc锚 s贸 pode pagar 脿 vista! 馃憖 https://t.co/LuJlvskNKY
@user @user igual o fav nem tinha visto q ela tinha mandado o cc o auge do fracasso
Poderia fazer uma reflex茫o n tua vida e mudar algumas atitudes @user trabalha em uma empresa que 茅 um canh茫o de audi锚ncia @user e tu fala para varias pessoas e outr o ano j谩 茅 2020 tem que parar com essas piadas vivas!
onces j谩 agradeceram hoje pelo twice ser o 煤nico grupo a ter park jihyo como integrante?
rt @user @user lembrar que https://t.co/qqqt9pccwy
meu deus kkkkkkkkkkkkkkkkkkk a piada vem pronta
putaria nada eu quero ir para ficar abra莽ada sentindo o cheirinho da pessoa a pessoa fazendo cafun茅 em mim e depois a gnt sai falando sobre o filme e a putaria acontece em casa https://t.co/QHkbT0F5Xh
rt @user #escorpi茫o onde estiver, seja l谩 como for, tenha f茅 porque at茅 no lix茫o nasce flor.
@user kkkkj t谩 mec ent茫o
essa cena me faz chorar! 馃槬
estava muito afim de dar um rol锚, agora n茫o estou mais afim... ai l谩 pras 20h vou estar afim de novo e se eu sair, vou me arrepender
rt @user a melhor de todas , finalmente recebeu the recognition que merece 鉂わ笍 https://t.co/ngmth6uchz
@user o brasil esta podre!! esta mulher 茅 a pior procuradora geral at茅 hoje!!
rt @user o 鈥減ara铆so鈥� teve um pre莽o. a conta chegou. https://t.co/zbuhht6wiy
Fux pro铆be destrui莽茫o de mensagens hackeadas e determina que STF tenha c贸pias guardadas - Atendendo a um pedido do PDT, ministro pro铆be descarte de mensagens; Decis茫o precisa ser revalidado pelos 11 ministros do Supremo https://t.co/bPNzj3apHi https://t.co/Nc7T0O3JHw
@user eu ia chorar com certeza
Cada dia que passa, se mostra ser mais fascista. "Diretor do Inpe ser谩 exonerado ap贸s cr铆ticas de Bolsonaro a dados do desmatamento" https://t.co/8Udxj5QP3v
馃専 A fancam de 鈥楤oy With Luv鈥� do V representou o @user no #MGMA 2019 e deu o daesang THE TOP VIDEO ao grupo! 馃帀 V teve a fancam mais popular da M2 com 500 mil likes e 61 milh玫es de views! 馃惎馃挏 馃敆https://t.co/4AvBOukpb3 漏 vsnatchedmysoul https://t.co/h0nxE1njUF
rt @user tudo que eu preciso https://t.co/qmcmeujcas
rt @user “eu ia falar contigo mas tu tava com a cara tão fechada!” eu? sou de boa demais. eu no lugar: https://t.co/s3lvzwdrox
passar o fim de semana em vv eba queria muito em 😡😡😡
@user @user @user protege com relação ao sigilo da fonte, não em relação a uma possível co-autoria no crime...
@user @user o daniel alves é que rebaixou o seu patamar.
quanto menos souberem, mais chance tem de dar certo.
tá chegando um monte de notificação por causa dos myc do suju e eu nem tô vendo mais
@user @user @user abrir carta alheia continua sendo crime contra a privacidade . vocês sabiam disso.
@user @user chupa, trouxa. 😂
3hrs cada filme, ai caramba
rt @user #stfvergonhanacional fica claro que o @user trabalha em favor dos bandidos https://t.co/3rkehdjy1o
@user @user *mundo
@user mt lindo, vtnc
@user Ta mais do que na cara que esta operação não passa de uma cortina de fumaça orquestrada pela PF pra esconder o fato que o ministro da justiça é corrupto
rt @user se eu to c auto estima baixa e vou tirar foto, fico pior ainda..... só sai foto feia 💔 https://t.co/0vs4xe16ju
coisas clichês assim,amo amo&gt;&gt;&gt;&gt;&gt;
@user espero!! quando que você vai pra lá?
quero me casar com a chun li pra ela me levar nos braços.
@user @user quero ver em 10 anos quem esses imbecis que se intitulam de direita vão apoiar.
@user É de cair o cu da bunda PORRA velho Esses grupos e os femininos levam a empresa nas costas e eles inventam uma porra dessa Pensa tu chegar p trabalhar e a empresa fala "vc vai mudar de setor e não é uma opção"
em minha defesa todo dia eu to revendo alguma matéria então ta tudo certo
@user cagada! você foi bem polido. 😂😂😂😂
rt @user eu: será mesmo? eu: é óbvio que sim eu: mas pode ser só uma coincidência eu: três vezes seguidas? eu: touché ht…
@user inicio da guerra, agora é responder sopro a sopro.
olha eu aqui
amo q amo kk
@user eu nem sei q cu é esse inferno vc nao me exolica nada ta
@user @user @user Agora ta na rua! Quem chamou o Inpe de mentiroso nao foi o presidente...foram os dados via satelites da nasa e os proprios criterios fajutos do orgão que colocava alertas de desmatamentos em regiões permitidas como desmatamento geral
@user Aqui no Brasil também tem muitos perseguidos, especialmente os que vão de encontro ao sistema de morte. Que o Senhor proteja seus profetas e lhes fortaleça a fé.
@user grossa do caralho vai falar alemão la na casa do cacete
@user vão ficar cara a cara com moro e a justiça
chega mais https://t.co/mrnlab0ehn
Preciso de uma equipa para ir assaltar o banco da Suécia e negociarmos o Rocky, tal como em Lá Casa De Papel. Não tou a aceitar isto https://t.co/RcirdemgHy
venho aqui dizer com orgulho que acompanho essa saga a quatro anos, e sempre quis ter um cabelo igual da mal, saber dançar igual o carlos, me maquiar igual a ivie e jogar como o jay💜 #Descendants3 https://t.co/3RWVZTc5uX
@user @user Dizer que todos os políticos são corruptos é o mesmo que dizer que todos os favelados são traficantes, que todas as mulheres são putas, que todos os homens são homofóbicos, etc. A Política em si, é linda. Ser político, é algo memorável. Ser mau caráter é o problema.
desnecessário, vou é nos dois e nem fico zuando
a gente tem que excluir essa ideia de que o amor tudo suporta. porque não é bem assim, o amor passa sim por momentos difíceis, mas não é obrigado a aceitar menos. não é obrigado a somente se machucar, se ferir.
vocês ae falando que o futebol brasileiro agora possui o melhor lateral-direito do mundo, mas é óbvio né, o léo moura ainda ta em atividade
@user @user PERIGOSÍSSIMO, NO MOMENTO EM QUE SE PRESSIONA O SENADO PARA QUE FAÇA ANDAR OS PEDIDOS DE IMPEACHMENT CONTRA MINISTRO DO SUPREMO, ESSES CANALHAS TOGADOS QUEREM GUARDAR MENSAGENS PRIVADAS QUE PODE SER USADAS PARA CHANTAGEAR SENADORES. ALÔ @user @user , ATÉ QUANDO?
Faz umas três semanas que preciso limpar a casa. Viajei durante duas e olha cá eu em casa fazendo nada e criando coragem para tal. A poeira? Já faz parte do meu âmago. 😂 Obs.: eu não sei o que é âmago mas dá um tom intenso à frase ✅
Lembram dela? Ela pode ir pra Fazenda 11 e eu já quero! @user @user Sheyla ficou conhecida internacionalmente após ter mais de 5 litros de silicone em cada seio e ter os maiores seios do mundo. Sheyla é sincera e tem personalidade forte. Seria demais ela na farm https://t.co/hxdkZDN1ch
kkkklkl véi não da, alguém para
@user rafinha além de ter mais habilidade está em melhores companhia
mano quero morrer, mas não quero que segunda chegue kakakkakakaka
Os detalhes a serem trabalhados antes do acordo ser fechado estão relacionados aos direitos de imagem e alguns detalhes técnicos, como as taxas de câmbio, e o fato de o United ter acabado de fechar com Maguire. [@user
@user celso de melo acusou o golpe ontem....
@user hola, eu sou o hacker https://t.co/ytazng87f0
@user eu me sinto muito estranha com conhecidos do lado porque eu sou emocionada jahah hj eu vou até levar uns lencinhos pq vai que
o homem livre se envolve com livros curte o ócio, vive de arte e não é a de fazer mulheres chorar, só de alegria
Ela, Capitã Marvel e Doutor Estranho acabariam com ele, porém tem que deixar o Capitão América e o Homem de Ferro seres os protagonistas, óbvio né kkkkk https://t.co/MesHCJGAah
@user o país está infestado de boçais e trogloditas! lamentável o ocorrido!
melhor thread que já fiz
@user sabe dizer até quando? to viajando e longe do pc. :/
@user eu faço isso toda hora meu pai do céu vou fazer mais obrigada pela dica amor
blz essa piada foi boa
“Messi é unico, não veremos outro fazer o que ele faz. Ele tem seu próprio estilo, não acredito na possibilidade de alguém mais conseguir se tornar esse tipo de jogador. É um jogador de playstation. Aproveitem enquanto podem, porque é um jogador precioso”. — Ibrahimovic, em 2016 https://t.co/8rzUXAfyO2
claro q se a foto tiver merda eu tenho q dar uma ajeitada
eu acho desnecessário essas pessoas que fazem unf spree, só vou silenciar as pessoas que não quer e pronto. pra mim isso é desculpa só pro fc ficar com mais "cara" de famosinho, palhaçada
-Usam terno; -Batem recorde de audiência; -São perseguidos pelo sistema; -As pessoas madrugam assistindo; -Os fãs deixam de transar pra assistir; -Tem uma turma que tá sempre com ele; -Tem Murilo na turma. https://t.co/MLzWBkJbrH
@user #CorreVerdevaldo que a PF vai te pegar. Espero que jornalista, inclusive aqueles que tem tetas de cadela, sejam enjaulados também.
@user parabéns deus abençoe.
🍻🎊 Dia 10 de AGOSTO tem ALOHA !!🎊🍻 🚺0800 MULHER( até 18 hrs ) 🚹5$ HOMEM( até 18 hrs ) Top Djs : Dj Denilson do Chapadão Dj Juninho da vintém Dj 2g Dj Biel do Furduncinho Dj Jotacê do Salgueiro +tops DJs Local : piscina do bangu @user https://t.co/tKudfmBB49
@user sim!!! eu to falando da bella mesmo, ela tem essa cara sempre
rt @user nao vai ter eu passando no vestibular esse ano https://t.co/us9nqmdgap
mano eu tô chorando de rir pqpkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkķkkkkk
rt @user gente que não marca de ir numa festa e sim de ficar na frente do estabelecimento onde a festa vai ocorrer
botei na minha cabeça que nao tenho que ficar cobrando nada de ngm, por mais que dê raiva, a própria pessoa deve se por no lugar dela e ter consciência do que faz. se ela mesmo nao se importa, pq vc vai?
rt @user esse tipo de musica realça muito a voz da jiwoo, parece que foi feita pra ela https://t.co/2v70ib4vgc
povo de araguaína na sexta no twitter: “a q não sei oq, batuque tá ruim de mais, mt gente, nunca mais vou lá” quinta-feira da semana seguinte: “aí, não to fazendo nada msm, acho que vou batucar...”, “tu vai perder u batuque?” “hoje é dia de batuque, quem vamos?”
cara, que ódio da emanuelle, que ódio mano
tem umas coisas q eu já fiz e hoje olho q não tinha necessidade alguma de fazer kkkkkkkkkkk caralho ki lisho
rt @user com certeza ele pode! https://t.co/qzcfu2frob
ver jogo da seleçao feminima de volei brasileira me deixa genuinamente feliz
@user DD traiu o Brasil. Ele é um criminoso de lesa-pátria. A força tarefa Lava Jato não era contra a “corrupssaum”, era um projeto para quebrar e vender o nosso patrimônio. Retirar direitos trabalhistas e destruir a Previdência. Ñ conseguiriam sem o golpe na Dilma e a prisão do Lula.
#Escorpião Esta é a minha vida. E quero que você saiba que sou feliz e triste ao mesmo tempo, e ainda estou tentando entender como posso ser assim.
@user falta prender a bambi
@user @user nil vai ter no google podcast pra ouvir em 2° plano?
@user @user @user bem....a especialista em mentiras é você então porquê pergunta?
mano isso e desesperador mano não é possivel que tenha alguem tão ssm coração assi. velho
@user @user deve ta pouco arrependido de não ir pra roma
@user devia ter desejado a morte dele. desculpa, tô puta!
@user mas se vc some eu vou sentir falta
rt @user como chamar a sua mina ( ) oi amor ( ) oi bebe (x) mano
@user paris com certeza
rt @user hj é o dia internacional da cerveja e eu acho essa data + importante q meu aniversário e me sinto na obrigação de comemora-l…
@user @user Oh imbecil é só você assistir ao vídeo e verá que ele o @user nosso presidente está sendo ovacionado pelo povo de Vitória da Conquista, e lembrando que o covarde do Rui Costa não mandou a PM fazer a segurança.
Os melhores de sempre em Portugal Ciclismo - Joaquim Agostinho Atletismo- Carlos Lopes Hóquei - Antônio Livramento Futebol - Cristiano Ronaldo Denominador Comum : SPORTING CLUBE DE PORTUGAL !! E é isto o que lhes custa a engolir !!
só role saudável
rt @user diretor do inpe será exonerado após críticas do governo a dados de desmate https://t.co/eyxtduavnn
@user varginha
Quando tocam nesse assunto da lesão da sofya, ela fica triste e isso é tão visivel, ela tenta Não chorar na nossa frente, tenta não nos deixar preocupados, mas eu acho q ela ta cm muito medo e eu só queria abraçar dizer que vai ficar tudo bem
⚠️⚠️ ALERTA DE SORTEIO RELÂMPAGO ⚠️⚠️ . . O São Paulo anunciou a contratação de Daniel Alves. O craque vestirá a 10 do tricolor paulista. . Pensando nisso o @user traz mais uma SUPER PROMOÇÃO: camisas do SPFC com PERSONALIZAÇÃO "DANIEL ALVES/Nº10" SAINDO GRATUITAMENTE!! https://t.co/OrpOYpjVkt
rt @user os comentarista me chamam de "clayson" "glau" mo ódio de vdd https://t.co/m2bqmaezqi
Se vc n faz parte do fandom, n conviveu cm a gente não sai faland merda. Se deixando se levar por mentiras. Qual é o problema de entender q nng ameaçou nng aqui . VÃO TUDO SE LASCAR !
@user Vamos avisar pra Folha que presidente vai ao banheiro, come, faz cocô fedido, e outras cocitas más. Folha vai procurar o que fazer, só tem palhaços nesse meio jornalístico.
revoltante.
O dia tinha tudo pra ser perfeito agora vou ficar sofrendo pensando nas consequências disso. Quase 3 mil reais de multa. O funeral vai ficar mais barato
ia estudar mas meu computador tá mto lento, vou ter que deixar p outro dia hehehe
@user @user nao acredito que voce esta se doendo por uma garota estranha e alheia mano qual a pira?
@user kd o hélio bolsonaro?
é grande eh???
@user vamo fazer um desse
@user @user NA A FAZENDA 11 É UMA ÓTIMA PARTICIPANTE, JÁ MOSTROU QUE NÃO VAI PRA REALITY SHOW PRA DORMIR. BASTANTE POLÊMICA MERECE ESTAR NO ELENCO DESSE ANO! @user @user #VemAíAfazenda #BruxinhaNaFazenda https://t.co/V0vDAOe0PN
ainda bem q minha mãe vai pra varginha amanhã e vai comprar outra lente pra mim pq a minha fui olhar agora e ta rasgada 😢
boa, agora sou eu que não consigo parar de pensar naquela merda
rt @user "me matem de uma vez porraaaaa" ahhahaha eu toda quando vi a foto kkkkk ❤️ https://t.co/mwl2ssaw4f
se sentir culpada ou medo por coisas q n tem culpa n é normal isso n é amizade é castigo @user
rt @user mano o guizao versão do zap https://t.co/pjabgn1oka
@user perfeito
não sei qual e a graça que esse cara tem nmrl msm !
rt @user vsf como todo mundo simplesmente todo mundo consegue ser bonito e eu não????????? https://t.co/4wpb50vasb
migaaaaaa essa tua vergonha vai passar no débito ou no crédito? pq n estou bem feio mais, ta horriveeelll kk
é número 1 no mundo e não adianta chorar..
tenha uma chefa q te mande figurinhas do lula fazendo coração com as mãos
@user @user kkkkkkkkk é um pior que o out
rt @user eu ia até xingar, mas eu tenho o daniel alves no meu time, discutir pra que? https://t.co/lxartnhqla
só um cartão sem limites para eu comprar uns mimos
minha blogueira da roça merece muito mais paulinha na fab
@user não, ainda temos que descobrir quem manda no stf. #stfvergonhanacional
@user @user @user perguntei porque o medo ? se não entender vou desenhar da próxima vez
@user @user as coisas já esteve melhor pro juíz...
quem eu quero nao me quer quem me quer não vou querer ninguem vai sofrer sozinho todo mundo vai sofrerrrr
rt @user chega um momento que parece estranho digitar por extenso os números parece que ta tudo errado #mpn #tazercraft
Sexta-feira abençoada, vim pra corta o cabelo no salão com o @user , sexta dessa a tarde e não tem ninguém, já cheguei cortando, não pode ser azar !!
vocês já pararam para pensar que as pessoas tem outras qualidades além da beleza?
não entendo pq deixei acontecer ,mas isso me apavora 😩🎶
A musa do veneno, Tereza Cristina, conhecida também como ministra da Agricultura, liberou mais 51 agrotóxicos. Desde que iniciou o governo Bolsonaro, já foram liberados 262 venenos. É recorde nos últimos dez anos. https://t.co/UrcN1uXc7h
vou no centro comprar umas coisas, que eu não seja assaltado hj amém
já disse que te amo hoje???? não? porra eu te amo
vou correr c as coisas aqui e vou pra minha avó, vou tomar café c minha chatonilda hj.. 🥰
@user @user @user Respeito a opinião de todos. Mônica, é assim mesmo - às vezes a gente não sabe onde está a verdade. Nem todas as informações prestadas por jornalistas são verdadeiras. Porque você está desconfiando do seu colega do O Antagonista?
@user aproveite por mim, estagiário hoje fica até às 23h na labuta ☹️
rt @user cheguei num estágio da vida que não espero mais o pagamento espero a data do fechamento do cartão de crédito
@user cadê os limites?! 👀
teve uma vez que cheguei atrasada e tive que sentar na fileira atrás das minhas migas, daí o menino SEM NOÇÃO cochichou e depois falou pro amigo dele "é esse mina ai" olhando pra mim
tem umas coisa que nao da pra entender kk
Minha orelha parece q repudia o uso de brincos n é possível É eu colocar e ela ficar inflamada Q ódio Só pq eu amava meus usar nos meus 3 furos em uma e 5 em outra afff
Pessoal, acabamos de resgatar essa pequena enquanto estávamos indo p/ o abrigo. Ela estava correndo entre os carros, c/uma patinha levantada e mancando. Achamos que havia fratura, mas foi só um susto! Iremos castrar, vacinar e em 10 dias estará pronta para adoção. P Médio ZN/SP. https://t.co/R2pHkNsESC
A gente tá acostumado a ver o design, a semiótica e a psicologia de grupo ser aplicada pros interesses do Capital. Mas a ciência não é ruim, seu uso errado que é.
@user @user agora entendi a fala de bolsonaro. https://t.co/ulwjgrfr5h
@user não perco um! teu humor é muito leve e natural .. a gnt fica viciado hahahaha
rt @user @user essa tag está sempre atual! #stfvergonhanacional
@user i ficou bonito
@user Os mesmos que se fazem de vítimas hoje, não mediram, não medem e não irão medir esforços para verem no poder seus aliados e cúmplices. O tempo fará suas máscaras caírem. Depois dirão que foi enganados mais uma vez. Quem se faz de moderado na defesa da vdd é aliado da mentira!
rt @user tamo nas quartas de final!! é us guri 🇪🇪💙💪 https://t.co/0bixi1inff
@user e tão a dizer q o bruno vem depois de domingo
rt @user a maior ilusão coletiva do twitter https://t.co/xi24wxb4wp
@user aqui perto, campo grande. longe da sua realidade 😒
@user cala a sua boca você não sabe de nada
Eu tô sempre com o celular na mão, se tu me chamou é eu não te respondi é pq eu não gosto de ti poha, não enche o saco de "ain tu só dá vácuo" eu do vácuo em ti o merda não é difícil de entender si fude
mulher e foda diz ninguém mim quer 70 mensagem no zap face instagram snap tt vai entender!!
@user pelo jeito está rolando uma competição dentro do governo pra descobrir quem é o ministro mais canalha
@user @user se for os milhões de beijos
@user senhor me manda um príncipe porque a minha vida está cheia de sapos.
@user Ah tá ! Tem que ser mais diplomata com alguns jornalistas e personalidades que utilizam a sandália do individualismo, egoísmo e antinacionalismo. O presidente realmente não é diplomata .
@user esse @user é um queima rosca desgraçado hahahahaha recalcada e invejosa, jornalista de taubaté rs...
75 dias pra fazer um aninho com a yuqi e 19 pra 100 dias com o soobin 😔😔 o tempo passa tao rápido eu vo chorar
é, acabou ..
@user então você ta falando dos filmes? pq eu entendi q vc tava falando dos livros
meu casal fav passando na sua tl
qual teu maior medo? — perder quem eu amo e ficar sozinha https://t.co/9ltqqmhxhy
Ele tá muito fraquinho, fizeram alguns exames e ele tá com sarna avançada, quase não tem mais pelo e anemia profunda. Ele só aguenta comer sachê e as vezes nem come. Eu preciso muito de ajuda com os custos ele ta muito doente :(
rt @user amada??????? nossa o tt tinha q banir uma coisa dessa https://t.co/4jndwex2lk
eu só quero sair desse hospital
@user @user @user A maior autoridade no tema que temos no Brasil não pode ser demitido? Só pq a esquerda não quer ou existe lei que proíbe? Me conta.
rt @user se não gosta morde as costas habib és https://t.co/nmafmqqtgr
hoje eu tô sem paciência pra internet misericórdia, eu vou sair xingando muita gente de burra e irresponsável
rt @user gente, se eu não visse, não acreditaria! o que é isso? https://t.co/htl113mqya
nunca perdem a piada
eu comprei uma camiseta de friends e acho q nunca estive tao feliz
Bolsonaro quer privatizar água e esgoto. Onde isso foi feito deu errado: as contas ficaram mais caras e sem melhoria dos serviços. Tanto que diversos países estão em processo de reestatização dos serviços de saneamento, a exemplo da França e Alemanha. https://t.co/3ouWYml2Zj
quem foi a maior contratação do futebol brasileiro? https://t.co/ppbdmmejcq
rt @user @user mano eu só lembro de ti com esse vídeo @user
olha que moreninha gata! 😍
Não aprendemos nada a cultura negra nas escolas e muitas crianças negras não sabem da sua ancestralidade. A história negra não se resume só em ESCRAVIDÃO
@user exatamente, também não reclamo porque ele é muito bom, mas como ele é popularzin desde o começo qualquer coisa que ele fizesse (msm que fosse ruim) o povo ia lamber o pé dele kkkk assim como qualquer outro q fosse popular lá não é a toa que como você falou: final de populares
acabou de publicar uma foto em park güell https://t.co/gfe3ezxyyf
rt @user essas alianças são as coisas mais lindas https://t.co/phvnk88ngy
@user sim, mas certeza que eles vao lançar mais um daqui uns anos
extrema imprensa só fala merda ! o povinho da língua de jararaca !
eu simplesmente amo esse homem com tudo de mim. ele se tornou alguém tão especial na minha vida que eu não posso passar um dia sem falar dele, sem ouvir ele e sem sentir a intensidade que ele me proporciona com esse amor tão incrível. eu sou inteiramente dependente dele.
Talvez uma das coisas mais mal escritas já feita, pqp é muito ruim, como q alguém tem saco pra ver tanta gente burra numa série q tem uma estrutura narrativa de novela?
a galera tem q entender q ficar militando na net n muda nada o mundo ta uma merda a tendencia eh piorar atura ou surta 😩😩😩😩😩😩
e eu que fui pegar o ônibus e emmily começa a gritar "sophya tesuda" mano o ônibus lotado, velho
o nosso único problema é o fato dele n me compreender e pior de eu esperar demais em questao a algumas coisas...
@user pô irmão, fica bem aí ❤️❤️
é grande gajo e joga pesado, vai ter futuro que tenha cabeça e vai dar
@user nós tem a mesma idade louca
queria estar nesse episódio da grande família que a marilda vai num grupo de apoio que chama mulheres que amam errado
@user siiiiiiimmmmm arrumar a casa é terapia
CONEXÃO não é de pele. Mistério inexplicável, ENTRANHA-me e se revele! Tu me ESTRANHA, móvel à minha íris fita, braços estendidos: "fica"? @user
começou a bendita cólica
- luuana já veio aqui em casa doidona já me chamando pra beber! 😂💃🍻🎉
eu sou a favor da liberdade absoluta e vou morrer torcendo pra que um dia essa ideologia domine o mundo.
Vamos sortear 3 exemplares das edições comerciais de alguns livros do nosso clube do livro, o Intrínsecos! ✨ Basta seguir o nosso perfil, dar RT neste tweet (PUBLICAMENTE) e preencher o formulário no link: https://t.co/u9JwtBvzVT O resultado será divulgado em 05/08! 😉 https://t.co/MhvUKV5r3H
pqp ainda bem q já voltei pra casa se n ia morrer de frio com esse vento
@user por mim física seria só a frente do ananias
anac: mete o pau nas meninas also anac: ai olha aí a última vez que falei delas, faz séculos ana caroline hoje:
lindo dia para andar al galope
@user Eu coloquei agora se a porra do shopping tem 300 saídas ele quer q eu adivinhe qual que ele vai parar. Não sou obrigada a nada!!!!! Mandei foi tomar no cu pq não tenho bola de cristal
@user passou mal, foi até embora mas cedo kkkk
pior que é verdade kkkkkkkkk
Aqui mostra a reação do Jimin quando o Jungkook lê o biscoitinho do "Tudo bem se você não for o Nº1, você sempre será o melhor" Muito fofo!!! A A A 💘 Suto com esse casal! ~Bacc #jikook #kookmin #bts https://t.co/AW1PH2Ahzm
hetero? — claro q não https://t.co/nhaktfjjbl
@user ROUBADA foi a dignidade de um ex-Presidente da República que foi preso por uma trama de um ex-juizeco, um procuradorzinho de merda, um ex-soldado fracassado e um grupo de paramilitares infiltrados nas instituições STF, TSE, PGR, PQP, VTNC, VSF, ... talkey!!!
que isso agora que parei p pensar que esse pode ser meu ultimo fds com meu carro 😭
@user eu indo fazer uma coisa, ai me lembro que não posso fazer. 😂
@user @user @user @user A Loh não fez nada não, inclusive o que ela mais pediu foi pra que ela ficasse longe disso tudo e que não queria saber de nada. Mas se a Ray parar pra pensar em uns assunto que ela falou comigo a última vez que nos vimos ela vai saber que ela agiu na ma fé !
@user concordo, mas se é ex qm tem q ter consideração é a sua amg e ele q se fodaaaa
É o menino ontem que tava mal,tava falando que tava conversando com o amigo dele "roger" que estava do lado dele kkkkkkkkkkkkk mais não tinha ninguém do lado dele,Tô rindo mais tô preocupada 🤣🤣🤯
Ou me sinto uma proficional ou uma atual tonto há que não sabe o que está a fazer e que vai adormecer em cima do teclado e ficar com as marcas das teclas
@user olha eu gosto mt tb viu?? vamoa
@user se fosse pra fazer o do seu presidiário vc bateria panela ou punheta?
sou o deus da sua história é ninguém irá senta na mesa enquanto de glória eu não horta 😭😭😭😭👩‍❤️‍💋‍👩🔐
rt @user porra que homem lindo https://t.co/0j94gkz0df
@user tô nem entendendo legal esse balão gordo pastelado
rt @user ele não pediu nada em troca, se sacrificou por amor a mim e a você. ❤️✝ https://t.co/vvusv4zp4l
@user a filha mais amarela, doida e feliz que existe https://t.co/rjtmaxavpb
rt @user já parou para pensar quantas pessoas do seu passado conhecem uma versão de você que não existe mais ?
@user @user @user @user @user O Senado não pode permitir que esses absurdos. #LavaTogaJa #STFVergonhaNacional
eu venho no twitter rir, n pra ver um bando de mlk postando de política smh
rt @user @user @user o cascão do tsg também fala zé
como mulher, minha decepção com raquel dodge chegou à estratosfera, mulher inútil.
rt @user sei la eu to a mistura desses dois emojis 😭😄 https://t.co/k45mrnrer5
Espero que o Presidente nos ouça @user #NasRuasContraSTF Queremos um PGR firme para peitar as arbitrariedades dos deuses do Olimpo. @user @user
@user @user meu coração tá até batendo um cadinho mais forte, de alegria e orgulho!
@user @user dodge enquadra o supremo.e coloca mordaça no supremo. https://t.co/oub6w0knh2
Não existe dinheiro que pague a consciência tranquila de não ter votado no atual governo federal e estadual. Essa responsabilidade não carregamos.
@user dessa coletânea de "lendas" tem, além do Carpenter, o Cronenberg e o Romero, com um Rob Zombie bem destoado. que vontade de salvar algumas, mas não há momento pior pra mim :( https://t.co/Kp3nknZbHi
um homem na rua gritou pra mim hj "meu salário todo na tua mão, morena" kkkkkkkk entendi ndd
CHEGARAM EM! quem quiser ingresso me chama na dm ou whatsapp 964827274 VEM QUE O PRIMEIRO LOTE VAI ATÉ O FINAL DE AGOSTO EM! https://t.co/XsL7LdGvYW
eu tentando fazer comida pro alejandro kkkk
@user Daqui a pouco ja circula a fala toda e mais uma vez vc ira ser desmascarado. Vc é muito canalha, devia explicar sobre os milhões da empresa sua e de sua mulher.
bts as comentários do facebook; — a thread
Quem disse que não tem trabalho de bermuda? E o tênis não ta furado. Curto pra cacete meu trabalho!!! #epej2019 #somosvotorantim #votorantimnoepej #orgulhodeservotorantim em Spotted Epej19 https://t.co/tcg0YhJMlL
e não é que sentou a vara mesmo? é amiguinhos, vão usando imagem da internet, uma hora a conta chega! https://t.co/qxup3paxcl
@user @user chupa @user
tetinha de brigadeiro toda vez que eu passo do seu lado sinto um cheirinho de cachorro morto se enxerga porra quero mais é que voce se foda filha de um saco de adubo cadela sarnenta eu espero que voce se foda se foda
@user se entrar cagado contra os caras toma porrada
ATENÇÃO BERRIES @user Participem da tag para chamar atenção da produtora @user para que ela possa trazer #EXplOration ao Brasil 🇧🇷 🗓️ HOJE - Sexta-feira 🕑 19:00 #️⃣LiveNationBrBringsEXO https://t.co/uADU5X2KRA
vai morar em cascavel? — dependendo se der td certo vou sim, com o prestes https://t.co/jixrjrbha8
“Bolsonaro está destruindo as bases do Estado desenvolvimentista. Está destruindo as condições básicas para o Brasil ser capaz de dar um salto, de ser um país desenvolvido. Ele está condenando o Brasil a... https://t.co/igSghmjAz1
@user @user @user Corinthians e Palmeiras tem conceitos diferentes. Exemplo: Corinthians foi campeão em 1953 a Pequena Taça do Mundo, ganhando de Barcelona, Roma e Caracas, duas vezes d cada time no torneio. Apesar de ser uma conquista importante, o Corinthians não considera um título mundial... +
rt @user só queria dize que to feliz pq troquei ideia com o @user e o @user e vo joga pubg com eles
rt @user quem ja me namorou/ ficou sério cmg sabe que meu melhor rolê era netflix com comida https://t.co/7jfzat7bix
capotei no almoço que até perdi a hora, meu deussss.
@user @user @user Hahaha conta a piada do papagaio agora. Falou o cara que defende um bandido condenado em 3 instâncias e que em breve terá 3 condenações. O choro é livre,o cachaceiro não 🤣🤣🤣 https://t.co/KHf3He2VtG
surrei a p*ta da minha irmã agora, ela descontando a raiva dela na minha irmãzinha e eu mandei ela parar, aí ela surtou e falou que ninguém entende ela e eu só falei "então se mata logo, você é irrelevante e não vai fazer falta nenhuma" KKKKKKKKKKKKKKKKKK
@user @user @user preocupado com o vasco, amigo?
@user @user olha aí a oportunidade de você ficar ainda mais ryca @user vai deixar passar?
mais uma amiga namorando... ok preciso de novos amigos
rt @user o jeito que eu não saio da cama pra nada é diferente sla
@user poxa amiga estou trancad dentro no carro no centro esperando minha mae voltar k felizmente ouvindo izone
rt @user #stfvergonhanacional é isso, uma corja a serviço do lula, aécio e temer https://t.co/sugherdpf9
Essa noite foi muito especial pra mim. Sentir o apoio de tanta gente - até de ídolos! - dá força e vontade de seguir em frente. A verdade está do nosso lado. Eles não têm nada. Só bravatas. https://t.co/519FmNSbOp
prof. eliane santos olha isso! rs... https://t.co/rejdeyswwj
@user hoje você passou de todos os limites
gebte ta aqui meu ccat nao eh p nada nao mas ele ta aqi viu qualquer coisa ja sabe neh ta aí ele https://t.co/iaia8406rn
olha!!!! eu espero do fundo do meu coração não me estressar esse final de semana
@user obrigada mô 💕✨ não tem noção do como isso foi especial pra mim forças ao biribinha ✊🏻😔 a hora de ele brilhar (de novo) vai chegar 💕
o Dia da Sobrecarga da Terra foi ontem, dia 29/07, ou seja esgotaram todos os recursos que tinha p 2019 temos apenas 18 meses p reduzir o aquecimento global galera, está mais do que na hora de acordar, se informar e espalhar essas informações. é o NOSSO futuro, NOSSO planeta
rt @user o capeta pode ter varios formatos e rostos diferentes, nem sempre você pode saber quem é https://t.co/hwk72hqwfv
@user onda diferente paulinha na fab
o meu tá todo trincado por causa disso kk
@user @user Tem a exposição lá que falou isso né, eu acho que ficaria muito a quem esse final fodido, mas autor mesmo disse que o final vai ser amargo.
Velho Alguém sabe como eu resolvo saporra? Meu Celular CONGELA toda vez q o Twitter vai Atualizar os Tweets Eu gosto pra caralho do Twitter Mas n consigo usar ele no meu celular ;-;
pow, um mulherão desse igual tu com autoestima baixa?? não pode mano, se toca, cê é linda
@user quase cheguei atrasada, mas deu certo
menina eu ia passando direto da estação akakkakakas
@user qual parte
rt @user não tem grileiro, não tem fazendeiro, não tem invasor, a culpa é dos povos da floresta. https://t.co/ojg2xvzhge
rt @user muita coisa kkkkk https://t.co/hqvq46qtzr
@user se prepare jeff bezos (o homem mais rico do mundo)
@user olha quem fala, maravilha p crlh
vou pegar o trem aqui na central sozinha michael nem veio comigo hoje
@user vai no the noite
@user doidin p manda o passo kkkkkk
feio porem simpatico eu msm
af vai chegando a hora e eu fico mais nervosa
rt @user meu sonho é ver esse tema como recebimento do time https://t.co/okmdmipyhb
mó orgulho dessa menina, deixa eu pegar cartão pra vê se não é sub garantido ❤
rt @user @user @user gíria eu não sei, mas uma atitude q eles fazem bem certinho é cuidar da vida dos outros
não li mentira nenhuma
@user Não percebo porque dão tempo de antena a uma tola qualquer. Não há mais notícias para dar? A sério eu também queria a praia sem alguns tipos de pessoa mas não dá 😂
@user Já que a conta oficial do L7 tá parada, quero trazer pro tt todas as novidades do trampo dele, vamos ajudar a fazer essa conta crescer família, segue ai 🔥
@user se eu chamar vc vem?
esses dias eu saí com uma amiga (juro que era SÓ uma amiga). por coincidência minha prima trabalha no lugar que a gente foi e ela mesma atendeu a nossa mesa, ate aí ok dps de anotar o pedido ela perguntou p menina "vc vai beijar ela?"
@user por favor renova está bosta de robo do jogo
@user vou com uma dessa no primeiro dia de aula
@user O viadão tá com inveja já que ela tem a bolsa e vc não??cara, parcela em 10x em algum shopping mais compra sim, pois, tá feio esse seu ciuminho kkkk
Queria deixar meu pau morando nessa bunda peluda pra sempre. E sentir esses pelos suados. 🤤 ••••••• @user @user @user @user @user @user @user @user @user @user https://t.co/jkbFAmrx2j
@user 4 adolescentes kkk
@user isso deve se piada, né? juristas evangélicos?????
rt @user @user deixa lá que deixou cá uns belos "gaiatos"! meu lindo❤
se deus quiser vai da tudo certo 🙏
rt @user o assunto mais comentado dessa semana é o baile do tk, aonde as novinha rebola e desce até o chão tk tk 💃🏻💃🏻🕺🏻🕺🏻🎶🎶🤪
nao sei aonde to me metendo nao sei como vou sair disso
@user É claro, a senhora queria o contrário né mesmo ? A coisa não é p amador e não dá desconstruir a merda em 4 anos senadora @user
Há dois anos atrás eu ganhei o melhor presente da minha vida minha princesa Sophia. Deus foi muito generoso cmg quando me escolheu pra ser teu pai, gratidão por isso . Filha, eu te amo muito. feliz aniversário é muitos anos de vida . 👨‍👧😍🎂🎈💓❤ https://t.co/ps6q4ehtJk
por dentro estão se rasgando kkkkkkkk 🤣
@user pergunta enquanto beija ela
quem acha que o alok é o melhor dj do mundo é pq não me conhece. quem entendeu, entendeu. quem não, vai ficar sem entender
eu fico abismada com gente que tem muita dificuldade pra superar ex pq é tao irracional (???) nao faz sentido na minha cabeça
@user kkkkkkkkk eu que tenho que rir disso
e muito gato
@user olha , muito ruim morar longe #mpn #luansantana #luanetes #luansantanashow
@user @user Todo mundo sabe que um time entrar num campeonato quase obrigado a ser campeão, a pressão se torna muito maior e vira o time a ser batido. Focam tudo no Flamengo e times como SP ficam leves leves pra não ter peso de nada e com investimento gigantesco, muito mais fácil se safar.
poste uma foto de vc, 1 utt e 2 dois bias e deixem seus mutuals dizerem com quem eles shippam mais vc vou colocar meus dois utt’s irra NÃO ME FLOPEM POXA 😔😔😔 https://t.co/MVxYv4SFUQ
HAHAHAHAHAHAHHAHAHAHAHAHAHAHAHAHAHAHAHAHAHAHAHAHAHAHAHAHAHAHHAHAHAHAH MEU DEUS EU SÓ QUERIA UM RIVAL QUE NÃO FOSSE UMA PIADA! CANSADA DISSO JÁ O internacional É MINÚSCULO! https://t.co/u8asRLaqGr
gabriel não quer tatuar minha bunda.... garoto tóxico
rt @user ou você conta ou eu descubro
@user Sim kklk as lanchinho se acha a fiel e a fiel acha lindo levar chifres briga com as monas e continua com o presente de Deus kk eu sofro
minha mãe chegou pra mim "filha tu já fumou maconha?" respondi "jamais mãe deus me livre so vagabundo faz uso dessas substancia porta de entrada para drogas mais pesada" eu https://t.co/5XDtAAFJxb
@user kkkkkkkkkkkkkkkkkkkkkkkk amei
@user quando vc menos espera...recebe boas notícias. super!
minha lista de casamento hoje tb seria completamente diferente. #atardeesua
@user bonito só pra vender
55 anos é pouco para esquecer', diz mulher que foi torturada quando era criança pela ditadura militar https://t.co/cqfu4yf11k
os cara são foda kkkkk
@user fiz isso! vou ficar prestando atenção se o cheiro continua
@user Não é a PISAGEM QUE É ANORMAL, mas sim fazê-lo no andar, ela deve fazer isso no pátio, em baixo, somente isso, eu CRITIQUEI voltaria a fazê-lo porque aqui todos sabem que não se faz isso, desde a secretária do lar ao guarda do prédio...preservação e conservação de infraestruturas
tu é cheia dos contatos em — sou nada em https://t.co/dmrim737uc
vou inscrever um squad brabo nessa pro league
essa sextinha ta maravilhosa 🤩 ja pode cair a noite
@user @user @user colunista social com muito medo em 3, 2, 1.... https://t.co/pf5fcsdpd7
rt @user mais um dia de tag, mais um dia de foto ✨ #lgbtwiter https://t.co/sp5gnz5ru6
meu deus q mulher
@user tá explicado então 🤣
@user Ya eu tive a ver isso no shampoo mas podia ajudar ao cabelo para não ficar verde , por acaso não ficou eu falei com o meu cabeleireiro e ele disse me para o indo molhar para não ficar sempre com a água da piscina , mas obrigado na mesma
não gosto de nada fora do lugar e jhon e lulu pinta
aproveitando o intervalo de almoço pra turistar no campus. lindo é pouco. https://t.co/6ljar51had
@user @user hahahahahah amiga ela some por anos e dps volta como se nada tivesse acontecido
minha mãe passou um produto no banheiro,agora meu nariz entupiu
montar casa tem seus lados bons e ruim
rt @user não quero nem saber como vai ser amanhã contra as dominicanas. https://t.co/i8irezheqs
cerveja de graça é isso mesmo?!!!
@user Será que eles estão pensando em devolver o dinheiro pilhado durante esses anos todos? Se for isso o Brasil sai da crise, paga a dívida externa e interna e ainda sobra pra acabar com a fome no mundo.
@user sim, somos terra de malboro, que agora dá em chico, mas logo à frente, dará em francisco. e sem chiadeira.
@user prefiro o chocolate charge da nestlé
eu nunca quis tanto algo como quero você. jamais passou pela minha cabeça necessitar qualquer coisa, como necessito seus beijos. percebe o que fez comigo? me tornei tudo que eu imaginava que nunca seria. você me virou do avesso e me fez perceber que esse é o meu lado certo.
rt @user se eu não ouvir old town road pelo menos 15x por dia meu dia parece incompleto
Que a gente adora oferecer mais sabor e alegria aos seus dias você já sabe, né?! 💕 Mas também amamos entregar muita qualidade! Com a tecnologia das novas embalagens Jaguari, seu cafezinho se manterá delicioso e aromático por muito mais tempo ☕ https://t.co/qPXvYA1lQr
rt @user jairo: um lugar em que as pessoas vão fazer de tudo pra ver a infelicidade do outro.
rt @user camila fazendo cuecão no shawn, esse vídeo é um takeover da banda 5h que saia toda semana (ep. 54) https://t.co/u1coipznus
mano o tinder me coloca uns matches aleatorios vei tipo umas pessoas q eu nunca dei e nem daria like pq nada a verrrrr
@user falou tudoohh
ai meu anjo sai dessa bolha
rt @user @user @user é isso que tem que fazer presidente, o trabalho vai calar essa mídia nojenta.
sm vamo lançar um jongin solo né pelo amor e deixar o baekhyun descansar um pouco tenho certeza que os meninos do nct tem bastante trabalho já e o taemin tem mil coisas tbm #SM_보이그룹론칭_취소해
@user concordo
@user "Eu sou mais brasileiro IGUAL a qualquer um aqui". Não seja desonesto, Gregório. Ele percebeu o disparate e tentou corrigir na metade da oração, emendando com esse "igual", que deixou a sintaxe tão esdrúxula quanto ele próprio...
Olha que coisa mais linda, mais cheia de graça... "Señorita" surgiu inspirada em clássico de Tom Jobim. Conheça essa história: https://t.co/GGZTffgAb1 https://t.co/liu8m68BGA
@user quem tem cu tem medooo ou está pedindo visto pro usa
acabou de publicar uma foto https://t.co/hegjck9vxs
ficou muito bonita 😔
@user @user @user @user pode vir tbm kkkkkkk
@user @user isso é caso de polícia.
@user verdade, mas olha nem que vás de taxi, lá é que n vais ficar
rt @user voltar com ex é igual comprar um carro q já foi seu vem com os mesmos defeitos e mais rodado
@user @user eu vou usufruir dele ate n sobrar mais nada para pegar ai eu jogo no poço q tal assim?
eu sou curiosa e ansiosa que não vou aguentar esperar até segunda sério...
rt @user coraçãoo disparadooooooooooooooo
@user @user @user com certeza vai ser mo, a taylor é mto inteligente
isso é flamengo... isso é uma nação de apaixonados... isso é futebol!!! arrepiante esse vídeo... 🖤❤️
o jimin acabou de te tornar o &gt;único artista coreano a ter 3 músicas com mais de 50M de streams no spotify, com lie e as duas versões de serendipity. eu digo TALENTO e vcs respondem PARK JIMIN
divida de qual manto eu compro, to vendo q vou levar logo as duas novas kkkkkk
rt @user “estou aqui fora, sai” “estou a vir te apanhar, prepara-te” https://t.co/df9crv09z8
se você entra numa universidade federal, você só vai esquecer seu cpf em caso de alzheimer, caso contrário.... nunca mais porque lá se usa pra TUDO
😎😎Oh não tenho palavras para descrever a nossa amizade, só cntg é que tenho esta ligacao caralho, só contigo é que me parto a rir e só contigo é que as minhas saidas valem a pena a triplicar , és o meu melhor amigo e tou cntg nos bons momentos e na merda, ly ❤
@user pode ser um lanche kk ligo n
sdds de quando era velozes e furiosos de vdd, com os atores de antes, dps da morte do Paul Walker nd foi igual mais...😔 nn sei pq usaram o nome nesse filme, nd a ver
rt @user quatrocentos tweets, falta pouco paulinha na fab
@user olha duda, você se superou
A verdade sempre prevalecerá! Repudio a tentativa de mascarar dados para enganar a população numa tentativa descarada e entreguista de explorar economicamente nossas riquezas! Não é Esquerda, nem Direita...é dever de todo cidadão defendê-la da MORTE certa nesse governo doente!
@user eu faço duas orelhinhas, não consigo amarrar desse jeito mo
@user @user aquelas q a interpol corre atrás né? https://t.co/nlew6wdw1n
quantidade de hetero que eu peguei? zero. quantidade de encubados que eu peguei? perdi a conta.
rt @user sensatez a gente vê por aqui 👏 https://t.co/5jumlqmp9x
@user e o jeito dele👍🇧🇷😂😘🤣
é lindo...mas o medo de quebrar é mais lindo ainda.. kkkkkk
namoral kahsjaksksk eu e quem nessa porra
a blz d cada um é surreal e incomparável
@user ai teria q pagar 🥺
@user @user tomara que a pf tenha tradutores russos.
@user @user @user @user @user @user @user @user @user @user @user Desgraça tô sofrendo nessa desgraça d país Brasil povo inútil pouco salva!d 5 mundo!nada vale apena! TNC!d desgraça MSM! pesado isso e o inferno! Inferno e essa desgraça aqui eu ter viver agarrado com desgraça d família!falta o $ não faz!
@user gatinha fofa linda poxa
Passando p lembrar que a força de um homem NUNCA vai se comparar com a de uma mulher, porém, ela mereceu, quer respeito? Tem que respeitar. https://t.co/UQfQcxieJH
rt @user retiradas 400 toneladas de lixo das 'águas invisíveis' do rio feliz. https://t.co/qupqucqis3 https://t.co/w0s52hc69m
@user veja pelo lado otimista, diminuição de custos e aumento de espaço! 😎😉 #nasruascontrastf #stfvergonhanacional
Supremão avocando as mensagens hackeadas, com fundamento na norma da Constituição que diz “deixa eu ver o que tem lá, vai que me suja também, eu preciso fazer alguma coisa...”
nss vai tomar no cu man essa empresa n sabe fazer porra nenhuma #sm_보이그룹론칭_취소해
eu denuncio todos lomotif que a mina mostra mais do q devia, nao goxto??? vai pro xvideos kkkkkkkkkkkk
@user eu o mesmo, lembro com 5 anos e eu morrendo de rir com eles na tv. a grande família virou moda agora, todo mundo gosta 🤢
@user seu bloguinho é de 5ª! se nao te avisaram a teta secou!
Até os nomes dos meus livros são instigantes , por exemplo : A Estrutura , Do Ponto ao Elemento ( que eu queria trocar pra Do Ponto à Percepção) e A Guerra dos Inocentes ....
hoje eu estou totalmente uma criança encapetada inquieta
Já vou falando q nerd e minior são as minorias q eu odeio To louco pra matar essas porrinhas com tiro na cabeça quando for jogar https://t.co/1EW2O8pPfi
qualquer problema da vida: a eu: caralho, chega, vou ver anime
foto antiga em pqp kkkkkkkkk
@user Urge que os 11 togados corruptos sejam substituídos , não é possível um país como o Brasil ser governado por corruptos da laia de Maia, Alcolumbre e a ORCRIM da toga.
@user cadê gerson, pablo mari e rafinha
@user vou por um alerta no google, quando ele passar pra cá, eu pulo pra lá!
torcida mais arrogante do país, tem delírios de gigantismo, quando na verdade não é maior campeão de nenhuma competição nacional nem internacional, uma criança de 10 anos já viu mais títulos do Cruzeiro, palmeiras e corinthians do que um adulto de 25 viu do flamengo https://t.co/kHvrSCHgy6
Preciso tanto conversar Falar de tudo que aconteceu comigo Diz então pode falar O que aconteceu que te deixou tão deprimido É sempre bom desabafar...🎶🎤🎵
na vdd não sou nenhuma dessas, mas fiquei curiosa com o que os seguimores acham de mim
@user @user @user @user lamento mas a @user neste caso só refere LFV e não o Benfica. Porquê misturar? Para toldar a opinião pública através da irracionalidade do futebol? LFV não é o Benfica.
@user Torço pra está errado, mas acho que esse cara será um "novo Rojo". Na época (14/15) tbm foi toda essa novela com o Sporting, e davam um potencial absoluto pro argentino...
@user A felicidade está nas coisas pequenas que aparecem no dia-a-dia e com certeza dinheiro não faz feliz. A pessoa que ganhar, deveria doar para uma instituição de caridade.
No aniversário de 70 anos do clássico feminista "O segundo sexo", de Simone de Beauvoir, duas das vozes mais originais do debate sobre gênero, Paul B. Preciado e Virginie Despentes, comentam o legado da filósofa francesa na serrote 32 https://t.co/UQ8y0OzV6u
rt @user o safado só andava comigo ficava se passando cmgooo 😉🥇🏆🎼🎵 @user @user https://t.co/6ipavvjk1n
@user Olá, como eu disse, meu canal foi desmonetizado por engano, meu conteúdo é original, já tinha sido aprovado há poucos dias, verifique meu caso por favor, não é justo. Me ajude
perfeitah
Trauco se despede do #Flamengo e se declara ao clube: “Deixo com as melhores lembranças e uma das melhores experiências que a vida poderia me dar. Obrigado aos meus companheiros de equipe e a torcida oor esses 3 anos mágicos. Eles sempre estarão presentes em mim. #MengãoPraVida https://t.co/a8WUya7LpU
"Deus conhece a sua estrutura, sabe o que está fazendo, mesmo que seja difícil, não pare ele está vendo..." Vale a pena cada esforço, tudo feito c muito amor e carinho. Só Deus sabe o quanto é difícil, mas a cada dia ele me dá forças e me SUSTENTA! Aguardo vocês amanha 🍰🥰 https://t.co/pXU6xCZKDt
@user "quando acabar o maluco sou eu" já disse raul.
princesa linda 🥰
a tia que limpa aqui em casa foi fazer um omelete pra nois de almoço disk, dai tacou tanta farinha de trigo no omelete q eu não entendi nada
@user É mais um daqueles cursos pra farmar dinheiro. Nao tem uma fórmula exata pra ser um YouTube de sucesso. O único conselho que alguém deve seguir, é “faça isso por hobbie, diversão ou até mesmo desabafo, nunca comece pensando no dinheiro”
rt @user deus conhece minha história sabe tudo que eu passei sabe a marca que ficou em mim... 🎶🧡
cada rt um voto #mpn #luansantana #luansantanashow #luanetes
Meu filho não é muito de demostra os sentimentos ele sempre fala do pai dele meio preso mas ontem na hora de dormir ele não se aguentou , falou q sente muita falta do pai e q não aguenta mas de Sdds 😭
acho que chegou a hora de esquecer os erros do passado e começar a planejar os erros do futuro hehe
@user se a Chloe e o Lucifer nao ficarem juntos na ultima temporada eu vou cancelar essa assinatura pq nao aguento mais SOFRER POR ELES
@user @user @user Ah, sim. Concordo com você. Mudaram o nome totalmente pelo marketing e distanciamento do PT. Realmente, por enquanto temos só o papel. Tem tudo pra dar certo. Seria legal preverem uma análise de impacto também, com medidas de contingência se não ocorrer o impacto esperado.
rt @user a mãe fica puta porém tem que aceitar, é papai kkkk🤙🤩❤ https://t.co/rbddomcghz
PODE VIM SMASH! Em coletiva de imprensa para o Sunny Hill Festival, Dua Lipa confirmou a possibilidade de um 'projeto' com a Miley! https://t.co/wdeJGGAPml
retiro oque eu disse, como o cara faz um álbum inteiro com a mesma melodia ? só tem umaaa música que salva #TheMotion - espero pelo seu vídeo clip
rt @user só queria uma amizade sem falsidade, q ambos torcem pela felicidade um do outro. impossível hj em dia
maria bethânia põe mangueira, menina dos olhos da cantora, no céu em disco feito com letieres leite https://t.co/9tjra0tul0
como a minha mae vai alugar a casa ali de trás agr eu posso legaliza sem me incomodar com vizinha
Sobre a contratação do Daniel Alves... Nesse futebol coletivo de hoje, sem muitos talentos individuais e sem quebras de marcação/falta de ousadia, mais vale um Sampaoli do que um Daniel Alves (se jogar de lateral, tá morto)... #SextaDetremuraSDV
quando vejo a stora a flr com a minha mãe
rt @user o jeito q o hoseok sempre está com yoongi, seja cuidando dele ou o animando, é diferente https://t.co/v3ss7rq4jz
@user @user @user aperta o cinto...se for possível!
por isso n pego ngm :(
@user @user Nunca jogaste contra mim , e a vossa sorte é que já não jogo ps4, senão era todos os dias a chorar , Tomás aproveitavas e bebias do teu choro , não gasto dinheiro nem nada
@user de nada
rt @user 117. a cara do louis quando o niall fala do primeiro beijo do harry https://t.co/6shrmhpbtj
rt @user assistindo o vôlei fem pré olímpico , mas as gurias tão ganhando tão fácil que nem tem emoção kkkk
Feliz a nação que acredta no senhor e seus enviados p ajudar seu povo. Obrigada Deus. Por enviar um homem de fé em Deus como @user para ter força e ajudar seu povo. https://t.co/VqCfL7j0Rh
@user sem dúvida
@user tá pronta, só que tu fica de vacilo comigo eu vou dar para outra pessoa!
O que somos após a morte? Quando partimos, ganhamos vida através das experiências que com os tempos são lembradas, nos tornamos fruto de sentimentos solitários e por fim habitamos no coração dos que realmente importam. O corpo apodrece e o que fomos resiste. Somos apenas memória.
@user nada de novo, o bozo e seus seguidores tão aí pra provar
[bianca's voice to yoongi] e vai ouvir muito mais gi, O MUNDO PRECISA ENTENDER QUE ESSA GAROTA É TUDO PRA MIM — [bia's voice to jeongguk] e vou continuar falando dela até O FIM DO MUNDO https://t.co/W4dJwRstRB
vôlei #brasil #berlandia @user https://t.co/lfpinvvu4t
@user vai durar um dia, dois no máximo kkkkkkkkkk
Um relacionamento só dura se os dois souberem conversar, serem amigos, corrigir os erros e prosseguir, procurando sempre melhorar e nunca desistir
caraca minha sobrinha é perfeita demais mano
rt @user gta v online - novo carro vysser neo maserati com grande surpresa! https://t.co/c8nagxrwdn via @user
@user vou nem falar nada, tu q abandona os pobre
#balançogeralrj acho engraçado essas pessoas que sai um dia antes pra ficar na fila pra ver show e se atrasa na prova do enem kkkkkk
@user deus te livre kkkkkk
pedro eh perfeito msm
rt @user claramente a minha reação quando escuto alguém falando do bozo https://t.co/agaoxpkxxm
mano do céu, cheguei só agora em casa, pelo jeito hj n era pra eu vir de ônibus de jeito nenhum
obrigado deus consegui sair, obrigado @user por estar me ajudado sempre.
@user @user @user ele mesmo rs pq se vc pesquisar vai notar que se fizer criticar as ideias dele é exonerado. Em pleno 2019 e vcs ainda sustentam políticos como se fossem animais de estimação. https://t.co/QDhkn56kBT
@user eh a vida me dando rasteira
Nunca podemos deixar esse vídeo da heyoon e da sina dançando bola rebola e fazendo quadradinho cair no esquecimento #MPN #NowUnited https://t.co/B5tSoa4mDo
@user @user @user ta com medo, marmita?
@user por isso nao perco mais tempo desmentindo gringo aqui. nao vou me estressar e dar a cara a tapa enquanto nego ta ganhando 10 pau e fazendo nada ... quando eu ver mudança de postura vou a bater
eu ia mudar de icon mas esse ficou genial pro videoksjd
se não for do meu jeito, esqueceeeee..🤪
@user @user Vai poder refinanciar os contratos de veículos? Contratos com mais de um a o de inadimplência? Poderá refinanciar para ter crédito novamente?
Tenho sérios problemas em deixar ser tocada. Não é desinteresse nem falta de afeto/carinho pela pessoa, apenas me sinto muito incomodada com alguém me tocando.
Texto de um importante empresário brasileiro que vocaliza uma preocupação que escuto cada vez mais: que bom que economia está sendo colocada em ordem. Isto deve ser apoiado e louvado, mas esta não é razão para nos calarmos frente a retrocessos em outros campos essenciais da vida. https://t.co/bWgYbmfeyL
rt @user uma sexta muito louca (porque tá tudo dando errado)
@user que isso mano, graças a deus ta tudo bem. rj ta insano
@user tudo dando errado para vocês da esquerda hein. ?
cadê amg pra usar cmg
seila custa nada se por no lugar do outro e pensar "será que essa pessoa realmente precisa ouvir as merdas que eu penso"
perdi partida de 11 kills faltando 20 caras pra 2 bots com 0 kills de robô. grande dia @user vai se foder arrombada
@user vamoo, me dá um apoio moral e companhia
rt @user daniel alves no são paulo. ótimo para o futebol brasileiro... espero que não jogue dia 25.
- nenhuma criança vira "mulher" por ter menstruado; - não são apenas mulheres que menstruam; - mulheres sem-teto também menstruam (uau), portanto devia ser obrigação oferecer absorvente gratuito assim como oferecem camisinha gratuita; conscientize 👍 https://t.co/h4B3JGRHHz
#stfvergonhanacional bolsonaro faz ligação para responder jornalistas https://t.co/kzz3oaeji9
rt @user quem come primeiro a parte da bolacha é demente https://t.co/ngnetpzwvn
O Baek que acabou de debutar solo, a SM não promoveu ele como sempre. O EXO está com a turnê. Eles não tem tempo pra descansar cara. Eu desisto dessa empresa sério. #SM_보이그룹론칭_취소해
rt @user #bangchanselcaday @user a foto não é de hoje, mas dizem que o que importa é a intenção 💞 https://t.co/gpwvhltjp8
rt @user e quando o jimin fingiu abrir a porta do coração do tae e entrar lá dentro, soulmates que dividem o coração https://t.co/uhs…
feliz por estar livre mas olha esse cara
@user @user @user @user @user @user @user @user @user alguém falou em transar eu vi
@user eu li 3 x e não entendi o que o jô tem a ver com isso.
a ordem aleatoria me jogou dilsinho p ouvir e agora eu to sentado no chão da sala com minha latinha de skol chorando #sextou
lindo o céu nublado hoje (sério)
rt @user se já critiquei social house nesse site eu não me lembro, qualquer print que tenham contra mim é fake https://t.co/zn3ltg…
eu deixando as pessoas falando sozinha: ah gente eu n to em mood de conversar sabe n eh por mal ok? ngm deve cobrar resposta de ngm eu sendo deixada falando sozinha: *ataque de ansiedade* AÍ MEU DEYS esta pessoa claramente me odeia pq eu sou um lixo
esse povo fica pagando de santo, ahhhh me poupe né
ah mano olha esse bebê quero o mim
@user amiga, espero que tudo se ajeite logo. se eu ficar sabendo de alguma vaga te aviso!
rt @user to feliz, tô triste, tô com fome, tô com sono, quero chocolate, "ai que cólica" 😭😒😍😘🤗😁😅😘😛🙄😜😦😵😈😈😈😈 https://t.co/xpqqs6wsov
Somos um país tropical, mas a NR15 define, em determinados casos, que no ambiente externo são 15 minutos de trabalho e 45 de descanso. E há sentenças judiciais que estão no sentido de retroagir o tempo e cobrar hora extraordinária. #NovasNRs https://t.co/TmXK5MFX0y
rt @user yoonmin!au [nsfw] onde jimin manda um nude - sem querer querendo- para o namorado de seu melhor amigo https://t.co/yt…
@user @user Ihh, argumento bem apelativo. Tem o seu livre arbítrio, mas, dado o absurdo da sua colocação, não acho que valha a pena tentar convencê-lo do contrário. Fique com Deus. Fui.
rt @user esse é o meme https://t.co/f926fotlho
rt @user td vez que experimento, vejo o quão feio meu corpo está... af https://t.co/rmyabrtoi4
rt @user lei 358: fala direito comigo q eu sou o amor da sua vida e nos vamos casar
apesar disso, Anneliese rasgava suas roupas, urinava e bebia o próprio líquido do chão, comia moscas, aranhas, carvão e até a cabeça de um pássaro morto. houve um episódio que a mesma se enfiou debaixo da cama e latiu como um cão por dois dias. além de ouvir vozes gritando sempre https://t.co/hhetGIauC9
Se não contrata, reclama! Se contrata jogador barato, tá ruim! Se contrata jogador caro, é loucura! Meu querido, presta atenção👇 Um time competitivo, q quer brigar pro títulos, não mede esforço pra trazer jogador d qualidade técnica e individual. Agora, por favor vai a merda😏
dando oq recebo
@user @user Consequência natural. Muitos na sociedade lambuzando-se com os materiais hackeados, sem se importar que a origem é um crime. Valores esquecidos. STF acabou estimulando pela omissão e agora é uma onda atrás da outra. Vamos ver se os resultados da PF acabam esfriando a festa.
pelo menos esse tenta argumentar em vez de tentar achar foto p torrar a galerakkkkkkkkkkkkkk
ôrra!
tão acostumado a não fazer nada na folga do trabalho que retomar a faculdade parece um objetivo cada dia mais distante...
@user eu também e todo mundo q me conhece me pergunta qq eu to fazendo no colégio militar, é a vida né
o jeito que balança esse bumbum é bom demais, linda demais
@user e eu que tinha medo de filme de terror.
@user @user chupa q é de uva filho!!!! https://t.co/z6l3tlybdb
rt @user @user vocêe merece o mundo ❣
@user fora que esse alarme só funciona se o estupro for no meio da praça de alimentação do shopping.
a tranquilidade da pessoa em brincar com os airpods de mil e poucos reais sabendo q se sumir ou quebrar um deles pode sair com o dinheiro no bolso pra comprar outros numa nice https://t.co/e11TCOlCjK
rt @user gente eu não sei puxar os saco das pessoas pra ter coisas/benefícios. se depender disso eu to é mto fudida
@user @user mais uma farsa deste desgoverno.
@user exatamente, fogo neles!
@user entortei a ponta kkkkkkkk, porém n aparece na foto https://t.co/t3z7tjitkv
@user @user Aguardemos a próxima putaria da suruba, com supremo com tudo. Infelizmente não respeito mais essas instituições, simplesmente porque todos continuam em seus cargos fazendo cara de paisagem. Só afastar o bandido? Tá muito longe da decência, esse judiciário de merda.
alguém vai no correio por mim, por favor
nortão: taxista é rendido por assaltantes; veículo, dinheiro e celular levados https://t.co/jpqtpksawf
#fifanosportv classificação do campeonato de futebol digital aqui de laguna sc presencial clube ped 2019 f1f4 https://t.co/oobpsyohg7
@user Isso aqui é resultado do seu trabalho. Ao invés de ficar de gracinha no Twitter por que não faz uma reflexão sobre seu trabalho? Sou o primeiro a criticar as bobagens ditas e feitas pelo presidente, mas você pelo contrário, não faz críticas você ataca, potencializa e odeia. https://t.co/MANtJgNWPl
@user @user @user pode não, eu estou tentando cumprir uma promessa feita de não conversar mais sobre esse senhor.
Rivalidade aqui não! Mais uma vez mostrando estar a frente de seu tempo, Pabllo Vittar tira foto com Anitter e não deixa seus fãs fazerem bullying com rapaz. Os dois ainda dão um high five após a drag dizer que ele ouviu Flash Pose porque ele é um gay antenado https://t.co/4uwgyWznGl
@user Heley - a professora que morreu queimada depois de salvar várias crianças - para Patrona da Educação Brasileira Dedo na hastag, por favor. #HeleyPatronaDaEducacao @user
pq n vai ganhar mais no são paulo
Entrevistadora: Foram 3 álbuns em menos de 3 anos. O que manteve vocês seguindo em frente? Lauren: Um contrato. Haha estou brincando. Não, não estou. #ExposingMIndustry https://t.co/o26hMdITQ3
fav e eu te respondo:@user - primeira impressão: tímida - te shippo com:com a pessoa que você gosta - proximidade 0/10: 2 - oq eu mais gosto em você: não sei - você é meu: clg - ppp (dm) ( se flopar eu apago )
rt @user república de merda que nunca deu certo, meu brasil de verdade é o império, e não essa merda. https://t.co/0jdty1gigu
@user O Alexandre fala e mas não tem coragem pra marcar @user Olha o nível deste ator O que vc fez em 6 meses Alexandre? Mostra pra nós!
aaaaah poderia ficar horas olhando a bolinho dormir. sou muito tiete de uma criança
rt @user esse homem é um pecado ambulante tô falando ! https://t.co/re8j9oostk
eles sempre mostram a míseria, em como tudo era um nojo. a comparação deles de um esgoto e o século passado é a mesma.
hmkk eu toda
os cara só fala merda falando tô trabalhando na obra p paga pensão kkkkkkkkkkkkkkkkkk esses cara e foda
desse jeito kkkk teve e ainda vai ter gente que vai parar de me seguir por conta da minha opinião 🙂
Vamos fugir de coisas óbvias além das curvas como bunda e peito. O que tu observa e acha sensual em uma mulher? (To curiosa com a resposta de vocês) https://t.co/3G8TqDUd4w
eu ouvindo as musica da marília mendonça
tamo@user de nove
ah e também precisou reafirmar que preciso colocar o horário da catraca no ponto, o que venho fazendo há 2 meses
um44k - grupo bom
@user icon: sina (metadinha) user: now united bio: noah localização: todos os países fixado: nenhum #mpn #nowunited #uniters
@user agora já to em casa
@user faço questão de ver de novo o vídeo original. então vou dizer tudo que foi manipulado nesse vídeo de taekooka
@user Os trilhos são bons condutores para o início de uma jornada de sucesso e progresso para o país. Parabéns @user O seu apoio a ferrovia é motivação para nós da Brado Logística.
@user @user @user e eu?! a minha edição é a única, mas parece ser paperbackn é bem feia mesmo! essa está lindíssima!
rt @user @user @user @user “vai mudando de posição... tic tic tic tic” kkkkkkkkkkkk foi mt engraçado
você me deixa fazer junto com você?
sonhar com uma pessoa duas vezes seguidas na mesma noite significa o que?
galera alguém sabe onde vende "réplicas ou 2° linha" de tênis em nova odessa? para bebê, adolescente e adulto. grata
rt @user nao devemos desejar o mal ao próximo mas quem envenena/maltrata os bixinhos tem que queima no inferno https://t.co/ph2srd…
@user eu vi que só tem time masculino nessa bagaça
gente como eu pego o video de um tweet que nao tem nada escrito no android?
rt @user o batizado do alok https://t.co/d2oleoai4t
alan falando das minhas roupas curtas fi???
eu sou super doido de alguém pq bloqueia até minhas amigas
Ele vai pra casa do "pai" dois final de semana no mês, ou seja, fica lá 4 dias em um mês, e os outros 26 dias sou eu cuidando dele SOZINHA. E ainda querem abrir a porra da boca pra falar q eu não fiz filho sozinha. Não fiz sozinha, mas cuido dele sozinha
Pérola do André Trigueiro, agora no Estúdio I GloboNews: “a Amazônia é dos brasileiros, não é do governo brasileiro”. Que decadência. E ainda critica Bolsonaro pela demissão do petista do INPE...
Brittany nunca havia sido presa, nunca tinha ido para uma reabilitação e também não era muito festeira. e nada foi mais estranho quando sua vida simplesmente parou no dia 20 de dezembro de 2009. https://t.co/Gua6JlnvCd
rt @user "o gerente é petista" imagina se todo brasileiro usar essa desculpa pra não pagar por serviços. https://t.co/4nsdqam68w
rt @user eu iria ficar um nojo rs https://t.co/3lyw5w2ioe
como vou dizer não as drogas se ela nem perguntou nada ???? af
Aqui está a prova de mais um crime cometido pelo STF. Com base num inquérito ilegal, um ministro exige que juiz entregue dados que supostamente podem ser prejudiciais aos integrantes da corte. Usou o mesmo subterfúgio para barrar procedimento na Receita. É o fim https://t.co/5WddDO0mKI
Hoje GRANDE DIA; A PF está na minha cidade, Itupeva - SP, para prender membros da quadrilha do ex prefeito petista, por corrupção, que sempre foi denunciado mas ignorado pelo MP local, talvez aparelhado, e que mandou me ameaçar, difamar e matar. Só agradeço Lava Jato e a Deus. https://t.co/l3FAOJ4jKs
Nesta segunda-feira (29), participei de um debate sobre a Reforma da Previdência, com o dep. Pedro Uczai, do PT, promovida pelo DCE da UNOESC-Joaçaba. Foi incrível falar para jovens acadêmicos e defender minha posição a favor da Reforma da Previdência. https://t.co/cUlZ39vUDb
rt @user pai, me livra dos mal intencionados, me ilumina daí de cima que aqui em baixo é só maldade... 💭
coca-cola tá descendo igual água😂🤤
Muito mais do que interação presencial, o compartilhamento de ideias e conhecimentos é fundamental em nosso espaço. Trabalhamos de forma interativa, discutindo projetos, ouvindo o que as parceiras têm a dizer, fazendo uma pausa para o café e sempre mantendo uma ótima relação! https://t.co/YuseYl93zC
eu mesma acho q vc é um escroto
rt @user quero juntar meus amigos pra fazer uma resenha la https://t.co/ogpa6zyvka
@user vem morar pra ca, frio aqui é toda hora kk
nao me apetece comer em casa
@user kkkkk que nada bgl eo treem papai kkkkk
vá, perguntem coisas https://t.co/v1cyiximi2
funkyy caraiiii olha esse som doido disgrasado ai o fdp me ve na pista da ecologic rino igual a disgrasa pensa "porra esse cara ta doidao de MD" porra nhm eu nem uso essa merda carai olha isso pra q md se existe zenon records na ecologic https://t.co/b5XoBEG0u7
@user Eu só não entendo como esse povo esperava algo bom desse governo. Um povo que nunca fez nada pelo povo, que está a anos no poder. Do nada ia resolver os problemas dos brasileiros como?
• SAM WILSON • - ALPHA. - Eu faço tudo o que ele faz, só que mais lentamente. - O melhor amigo que você poderia querer. - ELE TEM ASAS. • BUCKY BARNES • - ALPHA. - Quem diabos é Bucky? - Será que a gente poderia ter uma fazenda? - Só queria umas ameixas. https://t.co/nh40s9uYoU
oh 100or tira essa vontade de chamar o menino que eu gosto pra conversar sobre meus sentimentos, pq eu sei que a humilhação vem
@user comunista falando em dividir o povo kkk piada
Hoje eu entendo na pele oque as mãea solteiras passam, eu cuido das minhas duas filhas durante a semana e vou te falar ,tiro o chapéu pra todas as mamães solteiras vocês são guerreiras !
Vcs estavam na época que tinha fandons de kpop que zuavam o bts por não ter daesangs e ficavam falando "quer meus daesangs armys?" Pois bem kk agora o bts tem 26 daesangs sendo o grupo que mais tem, pisando em todas as cabeças do satanás que ficava humilhando eles pra ter buzzkk
eu emagreci????? pelo menos visualmente, e drasticamente deve ser pq n ando comendo hmkk saudável super vergonha de mim mesma a futura nutri
Carlos Eugenio com Geneton 2012 https://t.co/yUVOvSawCU via @user Mistério é aquilo que é tão grande que a nossa inteligência não abarca. De modo que o mistério nós aceitamos e o enígma nós procuramos explicar. (Carlos Barbosa)
Não entendi direito a treta mas pelo visto: - A Jade tá falando que a tal da Carol anda traindo. - A menina tá falando que a Jade tá inventando pra acabar com seu namoro com o MC Rick - O MC Rick está tranquilo dando um tapa no cabelo https://t.co/92LGMsS39t
@user arrependida de postar, pq agora tô com vontade, não tenho dinheiro e fico vendo a foto
só testando pra saber kkkk #nowunited #mpn #uniters
@user Oh, o reino desunido gosta mais das terras americanas. Vão muito de férias para lá. Cá......cá, aqueles que nem no reino desunido poderiam adquirir casas como aqui.
@user Esse povo falando do Shawn estão confundindo os canadenses só pode. Manda o print dele sendo racista e homofóbico como as surtadas tão falando
#nasruascontrastf @user vergonha nacional vergonha nacional vergonha nacional
https://t.co/d5dvhahywb algum corno pra fazer a boa?
ahhh que fofooo. eu quero
@user @user eu descobri uns anos atrás que tem gente que ao invés de alucinógenos usa uma cartela de dramin, funciona
só não faço agora pqq teria que deixar de beber por um tempo
eu mando print pra namorada
@user parabéns faixa, que deus te abençoe sempre❤️🤛
rapaziada, ngm aqui em pouso alegre libera a casa pra uma pré do bailão pousalegrense n? kkkkkkk dividimos lucro
rt @user o zenit a recordar o grande tempo que o malcom passou no roma hahahahah https://t.co/1nov8scugj
nesse grupo sou a única que n fuma maconha kkkkkkkkk n é possível
rt @user @user queria saber como acharam os hackers se o ministro não entregou o celular pra perícia...
rt @user mulher que é mulher não discuti por homem , quando a briga tá feia deixa pra quem passa fome 🎵 #vctediçãobailedoegito
@user Mano mas queres que te lembre que tinhas 70% da equipa titular que era da... formação? Mano vai te foder! Desde quando é que Diaby é melhor que Matheus Pereira? Daniel Bragança é inferior ao Eduardo? LOL
@user Essa prisão de “hackers” é uma cortina de fumaça. Estão buscando bode expiatório. Tem mais coisas por trás dessa prisão. Mas o Queiroz não acham. Os jornalistas devem ficar atentos. Eles podem forjar uma delação dos hackers.
minha conta antiga foi suspensa, me sigam nessa and stream never really over https://t.co/jcqbu0audx
Ah dá licença que na sua timeline está passando um macho gostoso e maravilhoso, pessoa mais admirável nessa pora,também conhecido como o amor da minha vida e meu consagrado KWJDKEJDKEKDKE, pqp eu amo esse garoto, se foder mano aaaaaaaaaaaaaaaa https://t.co/ySf3PO9BOU
rt @user se eu já me incomodo com meus 25 centavos de cabelo, imagina c esse cabelo todo, deus me livre kkkkkkk https://t.co/cs6atzn7sr
Rafinha no Flamengo Filipe Luís no Flamengo Daniel Alves no São Paulo Adriano no Athletico-PR Jogadores de impacto. Jogadores de Seleção e grandes clubes na Europa, mesmo com propostas pra permancerem por lá, escolheram voltar ao Brasil. Ganha os clubes e o futebol brasileiro.
olha aonde nós chegou valeu a pena esperar ontem era apenas sonhos hoje podemos desfrutar🤗🤑🥰
só quero tomar um vinhozinho com minha miga e chorar
rt @user amigo é o que fica do seu lado quando tu mais precisava, o resto é colega..
DCM Ao Meio Dia – Acuados, Moro apela para “juristas evangélicos” e Deltan desaparece das redes #AnulaEleicaoSTF #STFdefendaAConstituicao https://t.co/wIUOekRBB0
@user esquecem nada, fazem por conveniência. sedenta pro karma vir comer o cu desse povo.
O que foi esse último episódio de #QueerEye4 ? Aflitivo do começo ao fim esse hétero falando diversas vezes sobre estar com 5 gays e com esse divórcio mal explicado... Aí resolvi pesquisar.
Ela diz que o segredo de longevidade é que nunca casou e que depois do almoço gosta de dançar e jogar bingo. 107 anos, que fofinha 😊
@user casa militar da governadoria completou 94 anos. https://t.co/fxwghxhwqy
rt @user nem toda a gente que tu queres bem, querem te bem, fica atento
@user e nem sabem de nada, logo eu que tenho um kit kat dentro de casa 😂😂😂
dia de deixar o cabelo na régua
o encontro dos lacrados sempre tem algo pra acontecer e como sempre almoço saindo depois das 15h 😂😂
Ribeiro certeza que quem ta mandando essas perguntas é teu próprio ex se fosse tu nem respondia mais — eu tava pensando o mesmo lkkkkkkkkkkkk https://t.co/lLqzPFhUz5
@user sim, eu acho, tu fica com a sua opinião e eu fico com a minha, beleza?
uma vez faltei aula por causa do cocielo
então eu vou mimar vc bastante
@user falou bem para o sr mesmo. onde já se viu padre se comportar dessa maneira? coisa feia...
caralho faz meia hora que eu to rindo disso
@user simm, ele é muito famoso aqui mais lá fora nem tanto, acho que se a aparição dele na série der certo, a série solo vem
@user #futebolesnoclassicorei quero ganhar essa camisa do leão
@user d+ da conta
@user @user @user @user @user @user @user @user @user @user @user @user @user Feliz finde!
“mina está lutando contra extrema ansiedade e insegurança. nenhum diagnóstico foi concluído ainda, mas estamos consultando profissionais para tal”
ansiosa por esse dia 🙌🏽🙌🏽
eu nao acredito q no momento q fui pro ponto de ônibus fazer esse rolê começou a chover e eu não tenho guarda chuva 😭
além de mau hálito, #cigarro contribui para perda óssea na #boca, que pode levar a queda de #dentes. #cigarromata
acabou o psicológico do brasil
rt @user vou pegar esse baile do gb dia 18 🤔
por que chegar e sair da barra é sempre um sacrifício? pqp! 10 minutos sempre viram 40 minutos.
@user @user seedorf deve ter jogado na bolívia então
@user coe mano, maior curiosidade papo reto 😂
Operação RockCity da LAVA JATO revela q o @user lavou 329 MILHÕES da @user Espia as imagens divulgadas pela PF. https://t.co/KzsMozSQUB
Boaa Noiteee... Pronto pra ser Abduzido?🛸 Então Vem cmg, Video Copa Corote ta Muitooo Brabooo🤩🎬 *https://t.co/pyaGn08YBt* *Da Likee Por Favor e Manda pros Amigos ❤👽 Conto cm Vc!!* https://t.co/Ii1P6AcF63
@user quais são as outras plataformas?
@user @user @user Greenwald committed a crime for violating 18 U.S Code 798-Disclosure of classified information. Por isso fugiu para o Brasil! resumindo: ele tentou destruir o próprio país, mas como nao conseguiu resolveu destruir o nosso https://t.co/obyQZuLnYr
@user aqui o que eles estavam planejando e preparando terreno... https://t.co/ggpxyvjhu7
@user @user @user perfeição em forma de humano 😔😔✊
a pior imagem da terça feira https://t.co/qcpgkacgrc
rt @user uma fanfic incrivel,com uma escrita perfeita,que me fez chorar,rir e me apaixonar de novo por larry https://t.co/mswofngcuc
@user seu bandido sua casa caiu
whindy teve a capacidade de dizer que coca cola é ruim, mano. só matando um ser desse 🤦🏾‍♀️
@user Real, eu mandei esse bagulho pro meu pai de santo, ele estava falando sobre moral e ética na segunda-feira. Tem muito haver com o.que você disse
@user @user tá difícil elogiar o bolsonaro , ele só faz e fala merda .
@user @user Ahahah! Viu como o Presidente foi recebido na Bahia? Não sei porque o público gritava: mito mito mito... Mas segundo o DataFolha, o atual presidente do Brasil é o poste e marmita de presidiário, vulgo Haddad.
não vi o vídeo, dando rt pra ver dps
quando dá prejuízo n pode vender pq tem q esperar valorizar, quando valoriza n pode vender pq da lucro
@user ela troca, oras. daí vcs economizam dinheiro. e não deve ser pouco...
rt @user você eh fraco stuart liro, lhe falta lepto lepisto lesoto lepecto a doença do rato https://t.co/si4uzsstaz
@user @user perdeu a chance de calar a boquita kkkk
rt @user &gt;@user eua e rússia rompem tratado sobre mísseis nucleares https://t.co/y4czr2yux4
@user isso é só pra quem tem planejamento na vida, não é o seu caso querido
Atenção seguidores de Brasília chamada para hoje 2 de Agosto em frente ao STF as 18 horas. #STFVergonhaNacional A manifestação frente ao STF hoje será transmitida pelas páginas *OS MOVIMENTOS REUNIDOS EM BRASÍLIA* Em apoio a *CPI da Toga e Impeachment de Dias Toffoli*
@user mas não vivo sem usar uma...!!! zulive.
rt @user eu fico impressionada de como eu conto da minha vida para os meus amigos e ainda tem histórias que eles não sabiam
@user @user @user Quando um "jornalista", fica martelando o que foi dito por outro "jornalista", esta na hora de mudar de profissão.
rt @user @user nem parece aquela pequena que eu e a thayene ia pega pra passar o dia com agente 😍 tu cresceu muito 😣🤗❤
rt @user #mpn #marinaruybarbosa #nowunited cento e dois
rt @user @user @user obrigado mano, teu futuro genro 😍💙
rt @user antes a moda era virar youtuber agr a moda é virar dj https://t.co/sbef3wdxii
vou aproveitar o resto de sexta feira, que a metade eu já pedir kkkk
Li Sobre camas desarrumadas E a incessante Busca pela perfeição Ela acorda, se ajeita, Pra passar o dia Fazendo a mesma coisa, Numa rotina desgastante Que nem ela mesma entende Perguntam se ela não se cansa, Pessoas não a deixam em paz Faz tempo que não lava os lençóis
13 anos e fumam ganza ? Credo eu acho que estas crianças nao têm noção das coisas mesmo O meu primo tem 13 anos e eu trato-o como a criança de 5 que conheço tipo
rt @user ⚪️estudar ⚪️sair de casa ⚪️ser útil 🔘dormir
@user @user @user tá tão preocupada pq, marmita? #correverdevaldo
@user 2,75 de miopia no direito e 3.5 no esquerdo + 2.5 de astigmatismo nos dois
mano q porra é essa ? se fosse alguma coisa minha eu já metia o tapa e pediria respeito, ai ai ehmole
rt @user nd vai da errado pois dia de sexta nada da errado só da certo https://t.co/sspnd49eff
[02/08/2019 14:25:53] Gb: Almoçando fazendo dinheiro [02/08/2019 14:26:22] Allan: tu tá parecendo um mecânico [02/08/2019 14:26:32] Allan: regatinha de cerveja [02/08/2019 14:26:39] Allan: barba por fazer [02/08/2019 14:27:15] Allan: e ganhando dinheiro de devedores
@user melhor foto
na hora de ajuda qm ta no fundo do poço ngm ta nem ai, dai eh so fala q vc num tem 1 amigo de vdd q renasce das cinzas p te cobra
no começo estava uma merda e no final parecia que estava no começo
@user a diferença é que o athletico já conseguiu algo um dia boa tarde
rt @user sou feio mas sou puto hehehe https://t.co/9qh3ckvikt
ultimamente e minha esposa que está me dando dinheiros.... kkkkkk🤦🤷
vai se foder eu vou chorar
eu sinceramente não sei oq vai acontecer nessa oficina até o final do trimestre kkkkkkkkkkkk
rt @user @user puts é sempre bom olhar a tradução da tag antes de soltar uma gafe dessas
@user família tradicional brasileira
vamos ajudar na votação?! comentem a foto preferida de vocês da heyoon com um ou mais, membros do now united!! lembrando que rt conta voto bebês! não esqueçam de usar as hashtags #MPN #NowUnited https://t.co/QgjbtjAJTj
@user @user mano acho que vou entrar no Procon ou com processo pq isso é fazer o consumidor de otário, paguei caro pra ele ficar mais no concerto do q comigo pqp
jun tá em todo lugar senhor kkkkkkkk
@user preocupante. o moro continua e chefiando a pf só van e nessa distopia que estamos vivendo. cuidem-se e protejam-se.
não importa onde você nasceu ou quem são seus pais, o seu futuro só você pode construir, você não escolhe em qual família vai nascer mas pode criar sua própria família com os amigos que você escolher, #Descendants3 é a prova de que você é dono da sua própria vida https://t.co/4T3nW9oYVY
quem te perdeu, talvez nunca admita, mas sabe sim seu valor e a falta que você faz
Olha eu já pedi desculpas no lance que falei sobre a bissexualidade e tal. Li tudo o que todo mundo tinha a falar e concordei que eu tava errado. Acho que agora o próximo passo agora é eu me auto flagelar em praça pública para agradar as pessoas.
@user tô com dó do verdevaldo
rt @user olá. só vim aqui dizer que o 9 miller é rei. adeus.
um conceito que eu AMO eh homens heteros usando espartanos como simbolo maximo de heterossexualidade amado?? de onde vc acha que veio o beijo grego
rt @user outra sexta sem choppada... mas fiquem tranquilos, porque falta só uma semana pro carna anal
encontrei na cabine com antigo colega do grobo, o @user . só o taranta, pra tirar ele de casa haha
Paula vai sem ninguém. Vai com a Mônica. Com a Nancy. Com o namorado. Com o Porthos. Mas vai. Você nunca precisou de ninguém lá dentro. Aqui fora não seria diferente. PAULINHA NA FAB https://t.co/u4NZyMirtE
amém. porque é duro a gente ficar tomando susto logo com a justiça.
rt @user preocupação do carai com a minha vida vou mandar um boleto pra tu pagar visse
chocolate negro o nada.
grupo é preso por invadir e instalar garimpo dentro de reserva indígena em ro | ji-paraná e região central | g1 https://t.co/buwt0rr4as
essa thread é muito necessária
@user contabilidade miga kkkk eu abri a porta e já falei meu deus conheço vc da onde, ai pensei caraca é mãe da malu kkk
@user @user o greg pinto, vc viu o video do bosa chegando na bhaia, agora engole sua lingua. 😂😂😉😂😂
@user oba, o planeta vai ficar feliz!!
ÉPolíticaBrasil entrevista psicopedagoga Deborah Araujo Maia DIA 02/08 - ÉPolíticaBrasil com Miguel Carvalho está imperdível. Vamos entrevistar a alfabetizadora e psicopedagoga Deborah Araujo Maia, num bate-papo… https://t.co/r0yOZDjBUt
@user tem dia a manifestação? 7 de setembro?
@user @user @user pode me mamar com gosto por favor
rt @user onde pode ter mais espaço no banco https://t.co/qnxma1bweb
@user @user oswaldo, vc deveria ter vergonha de existir e usurpar o pouco oxigênio limpo que ainda existe na atmosfera.
eu tinha um e ele estourou 😫
@user O curioso dessa guerra de narrativas e que as afirmações de ambos os lados são um tanto quanto evasivas. De um lado os acusados não afirmam a manipulação ou veracidade do conteúdo, evitando se comprometer no futuro.
eu fico tão chateado de ter que passar o dia em casa, não que eu não goste da minha companhia, mas sei lá... é entediante
citronela tem um dos piores cheiros que existe 🤮
@user o que seria "inteigência"
@user isso que é filtro
urgente! ouçam até o final por gentileza...denúncia de caio coppola. https://t.co/yaokxj7fem
A rivalidade entre os meninos nos comentários disso me dá nojo. Não precisa desmerecer um pra enaltecer o outro, quando as pessoas vão entender isso?
@user e eu queria tá em casa assistindo.
@user @user flamengo vai comprar.
q pesado, você é perigosa mesmo hein kkkkkkkkkkkk
rt @user gente o chimit é mt aleatório do nada aparece aqui com um quadriciclo pra nois dar uma voltinha altas aventuras amigos perfe…
fazes me falta e eu sei admitir isso
sem falta
eu tô só a minha mãe, não dei notícia de nada e ela foi correr p camila, ninguém merece
eu acho que esta pesquisa não é fidedigna, deveria ser pelo menos 90% de aprovação.
Para um ataque desnecessário, um editorial necessário 👉Globo repudia em nota ataques de Bolsonaro a Miriam Leitão | Jornal Nacional | G1 https://t.co/6vEwMsBY5b
rt @user o erro do jovem é imaginar coisas que nunca vão acontecer...
moral que buscar um new balance e o proximo passo
@user pq estava perto do meu trabalho, e logo logo to com um bacuri pra cuidar. kkkkkkkkk
2º sexta sonhando a mesma coisa ☹️
[pôster do filme de tcc que estou produzindo com amigs] para o filme acontecer, precisamos de grana, mas como somos universitários, não conseguimos arranjar todo o dinheiro sozinhos. então a ideia foi criar um crowdfunding e contar com a ajuda de vcs 💚 https://t.co/Ru2fRYKCEo https://t.co/kw8aKtRSd9
coisa de burques
joao viaja pro prata p sair com os amigos dele mas n pode ficar em udia p gnt sair
@user olha quem falaaaa😍
eu simplesmente não tenho palavras a agradecer por vc ter entrado na minha vida e estar fazendo parte dela até hj, vc alegra todos os meus dias, obrigada por sempre estar ao meu ladinho até nos piores momentos, gratidão por sempre me ensinar coisas novas, obrigada por ser você sz
meu almoço nada saudável e delicioso me animou pra seguir meu dia e estudar o resto dele
rt @user já disse isso com lágrimas nos olhos, e do outro lado ouvi um "não dá" é duro mas um gajo aguenta https://t.co/pvvfxobxq5
a pessoa me manda video do melim pra quando eu acordaaar, a nãaao ♥
vão engolir kpop no lollapalooza e acabou!!!
todo dia é dia pra fazer o mundo um lugar melhor https://t.co/flfusvmq93
diz que me ama quando bebe, mas quando acorda se esquece desse amor... que acabou.
@user @user @user é melhor ver urubus serem derrotados no equador!
@user aham. fiz só pra aprender e acabou ficando bom.
@user @user alô distraído!! acho q não foi como vc pensava!! vergonha alheia!! 😂
rt @user porque não dá valor quando tem? agora quer surtar porque a pessoa toco a vida a faça mil favor
@user deve ser triste mesmo não ter gostado e precisar chamar a música de hit kkkk
adoro amizades novas, só que as meninas já olham pra e fala que sou nojenta 😂😏
ai sinceramente, coragem, eu dava tudo pra ficar em casa deitada assistindo tv
@user @user acabou as boquinhas do governo mandioca, agora é malhar para não perder a popularidade em baixa.
rt @user tudo que tem leite ninho fica perfeito
rt @user vídeo – “arranca a cabeça e deixa pendurada, pena de morte à moda brasileira” https://t.co/cwoolepuee
podem me chamar de rodrigo goes, breve breve todos saberão pq @user
A meta de estudos precisa ser difícil de cumprir, mas realista. Uma meta muito baixa te deixa folgado e não otimiza seu tempo. Um meta excessivamente alta te deixa frustrado, pois repetidas vezes você não a vai atingir.
💥 Já está disponível em nosso site a Edição n° 17 (Agosto/2019) do periódico SLC - Solução em Licitações e Contratos, que, aliás, está cada mês melhor. Confira nosso Sumário! https://t.co/QcGyFHDGb5 "Se Deus é por nós, quem será contra nós?" (Romanos 8:31b). https://t.co/9kerQxJB5i
@user Acho que a raiva está em fazer um grupo fixo e não um projeto como o SM the ballads. A ideia em si não é ruim, porém a realização é péssima. Fandom coreano não se junta com outro. Gerou buzz? Sim, mas totalmente negativo.
a única refeição do dia foi meio miojo, tomara que eu não morra
ainda bem que hoje já é sexta-feira. já não aguentava mais beber no meio da semana kk
@user obg amor, desejo a vc e a sua família o dobro! ❤️❤️
@user Em área de milícia ainda.... os caras da milícia ainda nos deram maior encaradão de dentro do carro..... Sábado passei por mais esse livramento
rt @user @user olha a beleza dessa garota
rt @user eu depois de tentar estudar e não entender nada. https://t.co/ttfekwobox
@user da mais dá muito em cima de mim rs
@user @user @user Ninguém dava nada por esse filme, justamente por ser a Lady Gaga (uma cantora pop inexperiente no cinema). Ai ela vem, compõe um puta Best Original Song, produz uma trilha sonora icônica e BAFTADA, atua com maestria e o mérito nunca é dela. O filme foi só a chance dela brilhar
@user vai ser uma bosta,
era so alguém agitando algo pra hoje.
@user parece sim e quem discordar é nazista
@user @user @user @user Aí podende colocar um jogador acostumado com esse nível, coloca um que rouba bolas do Rossi? Sacanagem né, até o Taison foi mais cogitado (e foi) p copa do mundo do que Everton e Richarlison.
esqueci de deixar o remote control ligado no pc agora acabou o episoido que eu tava assistindo e não posso levantar pra colocar o próximo pq a gata ta dormindo em ckma de mim...
minha mãe que comprou algumas roupinhas p mim, sem eu pedir, sou muito mimada mesmo
ficar sabendo td em cima da hora é horrível fico desesperada
tentaram me passar trote mas falharam mm
não acredito em uma única atitude de @user tudo fruta podre😡
passo mal com essas meninas hetéros com essa síndrome de quererem ser a super heroína das gays a deusa o ícone e tudo isso pq gay da palco pra tudo menos pro que deve dar https://t.co/thdiGKHiry
rt @user eu não iria nem se fosse meu irmão https://t.co/qqcooa8mkh
Depois de quase 3 meses sem carro, tendo estresse com oficinas e com os mecânicos, gastando o que gnt podia e o que não podia também, pagando Uber, pegando carro dos outros emprestado... Finalmente o nosso sofrimento acabou. 🙌🏻 Graças a Deus nosso carrinho agora tá zero bala!
eu tenho a cara toda às manchas por estar a esfolar, q lindo
@user @user Concordo meu caro. A atitude do "presidente" da OAB deve ser combatida, no intuito de se combater situações semelhantes.
@user ainda bem que existe cortejo pra ajudar a decidir 😏😅😜
@user pessoas que amam caridade, mas odeiam melhoras sociais. É mais fácil limpar a consciência com pequenas ações do que parar pra pensar no que faz/propaga social e politicamente.
@user @user @user é dia 9 aqui lá é 10 por causa do fuso horário
ei tu! você não é sua nota baixa. você não é seu desemprego. você não é sua faculdade não concluída. você não é a comparação que sua família vive fazendo com aquela pessoa x, que sempre serve de exemplo. você não é nada do que as pessoas dizem que você é. você é você.
@user resumindo: comam as coisas antes delas mofarem
@user pode contar com nois 😬
O @user por meio do ministro da Infraestrutura @user recebeu hoje o secretário de Comércio dos Estados Unidos, Wilbur Ross. Durante a reunião, o ministro apresentou os principais projetos p/ investimentos privados em rodovias, ferrovias, portos e aeroportos. https://t.co/4kPWp0JQe2
não é um regime político que mereça ser chamado de democrático desde 2016, em 2018 era mais um arremedo tutelado onde o único resultado que seria respeitado seria a vitória da extrema-direita. agora eu não sei o que chamar o que são esses escombros de hoje
Assim como o governador Rui Costa (PT-BA), Paloma Rocha, uma das filhas de Glauber Rocha, cancelou participação na inauguração do aeroporto –a obra leva o nome do cineasta. (Folha)
rt @user #stfvergonhanacional pgr diz que deltan não pode ser afastado da lava jato - https://t.co/kg0tqw8zpt
é claro q como flamenguista eu gosto quando vem jogador bom, mas se polarizassem todos os jogadores só em flamengo/palmeiras acho que podia acabar sendo ruim pro campeonato
@user pior q tu só eu de vela p ti
to arrumando a casa ouvindo pixote, belo e sorriso maroto pqp
amanha quero estar tomando uma cervejinha lindaa
quando não dá tempo de tirar a roupa 🔞🔥😇 da rt ☝️☝️🔥quem já aconteceu isso😈
rt @user da pra sentir a alegria e a paz desse lugar https://t.co/lbpfhypznv
A palavra não é milícia. Está na hora de mudarmos nosso vocabulário: estamos chamando algo muito importante pelo nome errado. É máfia. https://t.co/PDoT4SuY3m
adicionei queen e logo em seguida lepo lepo, depois já fui pra mamonas assassinas, depois lady gaga...
dar uma faxina na casa, não aguento mais !!!!
rt @user se pegar no meu cabelo eu surtooooo https://t.co/3uekyw3ylk
@user liiinda 👏👏👏👏😍
rt @user quando eu realmente achava graça na zorra https://t.co/sh9icjtonw
rt @user os macaquinhos da escola tiveram dois filhinhos e eles são lindos to a a a a a a a
@user @user meninas, eles tem twitter e começou a me seguir! @user
minha vó falou q p brasil melhorar só se matar o bolsonaro eu tô morrendo kkkkkkkkkkkkkkk
@user o pior é que nada muda.😢😢 #stfvergonhanacional
@user sim, é triste pensar nisso :(
@user @user e outra, ninguém sabe o dia do outro e o que o outro está passando, por esse motivo, algumas pessoas buscam sempre cultivar o bem estar coletivo, outras o contrário
@user então meu vizinho já passou por cima do pé de uma menina 😞 pqp muito medo
@user @user apelidado de "lenin".
nossa, fico imaginando a tandara me dando um tapa na bunda
so preciso da minha casa, pqp.
quando alguma amiga minha fala que gostou de um cara:
rt @user boyfriend eh igual a thank you next da mesma forma que focus é igual a problem
@user @user @user tá com medinho né? vai rezando.
@user sua servidão e submissão a bolsonaro é tão grande quanto a distância daqui até a lua.
@user N acho que seja hate??? Ela n ta xingando. Ela está criticando (????). E o mundo é livre para isso. Muito diferente de falar bosta sem fundamento nenhum só porque odeia. Ela mostrou imagens e ate blinks estavam concordando
@user @user @user quem disse que o anta agoniza fala alguma verdade???
@user e a espinha gelando..
@user olha quem fala! saudades ja irmao
@user Hahahahahahahahahahahahahahahah eu consegui ouvir tu falando isso. Que nostálgico. Tu fazia quando a gente pegava bus voltando da escola pra casa
nem parece a gente briga por comida https://t.co/pjmukgdgzv
@user bota contra e vem afobado não
@user @user @user quanto questionamento, parece até que está com um certo medinho...
Que vão realmente hidratar e trazer benefícios, mas se vc já tem n precisa desesperar, eh só usar na área dos olhos q eh bem ressecada p prevenir rugas e deixar a make mais bonita SIM GENTE HIDRATEM BEM A ÁREA DOS OLHOS e usar no resto do corpo pq ele eh um creme bom sim
rt @user #gelp. alta foto de @user 🤪🏀👏 https://t.co/6ok7iwbaxi
@user cursinho preparatório p/monitor q fala ?
só queria pular pra parte da minha vida que eu vou estar desfrutando das minhas férias em alguma praia da grécia
o mundo tá cheio de gay, não tem necessidade alguma de dar moral pra esses héteros de taubaté que ficam traindo as namoradas.
@user @user @user Relata aí então quanto alunos você alfabetizou ? Tuas vivências em sala de aula? Qual o teu maior desafio ? Qual o melhor método de alfabetização?
queria arrumar uma abelha rainha pra fazer uma colônia aqui em casa
a cada nova nota uma recaída
@user perai, nem o heitor vai estar relacionado pra amanhã???
Momento muito grave para o país, onde o STF instalou uma ditadura e não temos meios para derrota-los, pois dependemos de um Senado corrupto que nao age em favor da sociedade. https://t.co/KSUUisfDUY
fala ai a inicial de quem ta interessado do sta — qm é sabe https://t.co/2a9hcaasnk
@user era mais brincadeir a kvkekdkwk sou mo medrosa com essas coisas tenho coragem nao
termino esse thread dizendo: eu só vou apoiar esse projeto caso a ideia tenha vindo DOS IDOLS ENVOLVIDOS e eles tenham oferecido pra sm. fora isso, eu vou continuar apoiando o meu grupo estritamente e apenas ele. https://t.co/O8AyotAqMW
@user @user @user kkkkkk eu so assisto coisas ruins q sao boas
a recuperação de português..
@user pode é melhorar😁
@user @user LixoNews sendo LixoNews. Nem uma palavra sobre o fato de os dados divulgados serem do ano passado como se fossem de hoje. #STFVergonhaNacional
rt @user foda se a opinião de vcs a única que importa eh a minha e eu: sentava https://t.co/g5l5sh0jg3
[🎉] Yugyeom ganhou duas páginas na Revista10STAR pela votação do dol Champ as páginas poderam ser feitas com o design dos próprios fãs. Essa é as segunda vez que ganhamos coisa do tipo, bom trabalho Ahgase! ❤️ #GOT7 @user https://t.co/0zzT4kGabk
@user agora vou exigir muuuuito mais da pessoa que eu namorar meio fudida estou
@user sérgio reis
rt @user trabalho lindo, inesquecível lgp ❤️🙏🏻 https://t.co/hzxwtm7l97
diz aí a palavra do dia my : amizade
@user tomo antialérgico e durmo
ninguém tem coragem de dizer mas eu tenho... — mostarda é melhor que ketchup e maionese💁 https://t.co/plad5sbcbt
@user vcs tem que soltar algo sério ainda hoje.
que corpo feio desgraçado mano! 🤦🏾‍♀️
RESPONDE SEM MEDO 1- sinceridade 2- m 3- não 4- nem 5- p 6- sim. muito 7- não sei 8- num tem 9- d 10- não 11- depende 12- algumas coisas 13- aham 14- um dia kkkk 15- os dois 16- sim 17- sim 18- nunca!!! 19- depende da situ 20- nammm FAV QUE EU TE MANDO
rt @user tava dando vários beijinhos no rosto dela e é desse jeito q sou tratada, virou crime ser carinhosa 😡😡 https://t.co/10o9kwnv6n
eu com inazuma eleven, aprendir tudo sobre futebol
@user @user provar... kkkkkkkkkk. quem é esse cara? kkkk
meu Deus, se eu fosse blogueira queria fazer parcerias só com duas empresas: Farfetch e Drogarias São Paulo. seria surra de bolsas e dermocosméticos.
meu deus ela é perfeita cara to apaixonada real
esse cara é o pior man kkkkkk
passando esmalte preto de novo pq sinceramente não existe cor mais bonita
gente tbm to procurando ajuda ai
a amstel geladinha é coisa de outro mundo
@user @user @user Isso vindo de um "jornalista" que acusou uma pessoa de nazista por ela ter dito que é ariana (do signo de Áries) parece hilário mas é a chaga do Brasil.
como meu pai diz: essa menina tem mola nos pés, não sei é possível. mulher incrível! 😍
e eu não fiz nada de útil na minha vida 🤦‍♀️
pra quê alexandre morais quer as mensagens hackeadas? #stfvergonhanacional
@user @user covarde é covarde, não tem jeito mesmo...
Ridículo, a mãe parece ter ficado toda sem graça, esses cara são mt sem senso, essa criançada q acompanha tem q parar de aplaudir umas parada dessa sem conteúdo nenhum https://t.co/fqW0hbPnHM
alguém que me possa ajudar por favor, mandem dm
ontem fui no boa prosa com a ra, o lugarzinho caro ein kkkk mas suave
rt @user esquece de tudo lá fora, ainda nao se foi a hora, mas se me deixar ir embora, não vai ter como voltar atrás
meu tabaco acabou eu sou a pessoa mais triste de brasília e entorno 😔😔😔😔😔😔👎🏼
rt @user @user @user raquel dodge não será reconduzida. está contra o governo bolsonaro. estamos de olho em suas atitu…
@user já nem sei o que dizer
@user @user Seria o melhor a fazer. Alguém da PF, se realmente perceber que não tem como desobedecer o STF, tinha que divulgar tudo... ou melhor ainda, tudo que existe apenas dos ministros do STF
Levando em consideração que modric e kroos tão em má fase a mais de 1 ano, esse fdp chega pra ser titular, destruiu junto com o De Jong o time do Real na Champions
Download Apostila – Apostila Digital em PDF do Conselho Regional dos Representantes Comerciais no Estado do Rio de Janeiro https://t.co/F7KcgC3zRh https://t.co/fHwGNn98LI
@user yes, passando vergonha td dia
@user fui convocado grande dia
@user @user @user eu entrei no grupo de oração do facebook
quebrei outro carregador, não aguento mais, joguei 50 conto no lixo
@user depois a população vai às ruas pedindo o fechamento dessa joça e os fdps começam a chamar a população de autoritária.
rt @user mano, sera que um dia alguém vai me amar a esse ponto? kkkk não. https://t.co/usfjpvevuc
Listinha ABERTA para os shows de: • Bataguassu/MS • Rondonópolis/MT • Goioerê/PR Envia para nossa DM o seu nome completo especificando para qual cidade estará participando. Desejamos uma boa sorte a todos desde já! #MPN #LuanSantana #LuanSantanaShow #Luanetes https://t.co/hwZ0VUYxqm
rt @user @user meu sonho!!!!!!!!!!!!!!! visita de ano em ano, deus me livre
Concordo, falar merda é muito fácil. Não ser a mulher pobre que morte todo dia em abortos clandestinos, e que você ainda chama de punição, é muito fácil. Ser homem, ser branco, tem muito peso nessa história, porque são pessoas como você que estão decidindo pela vida dos outros
@user tem uma tal de escola superior de guerra, serve pra que mesmo ?
@user aí vc está pedindo demais para o diretores do futebol brasileiro
rt @user @user saudades disso https://t.co/qsirn1bfvk
tirei dona nenê! https://t.co/gsajo8q7fh
boa ana paula. #stfvergonhanacional
@user esse aí sem palavras, apenas fotoskkkkkkkkkkkkkk
rt @user chegou a hora de tratar as pessoas com o mesmo grau de importância que elas te tratam.
• cara de nojo • Ketchup • Amo tu • 7/10 • queria conviver mais contigo porque te admiro demaissss, tu é muito engraçada e eu amo jeito que tu leva a vida! Te acho leve e livre, e eu amo a maneira que tu pensa @user
rt @user lista de coisas que estou precisando ● dinheiro ● money ● grana ● cascalho ● conto ● cash
rt @user mitada em quadrinhos: #stfvergonhanacional https://t.co/wfhnfqzj5k
@user ficou perfeito aa
rt @user foi só o stf voltar do recesso pra começar atrapalhar o brasil . #stfvergonhanacional
a tag esta no tt mundial. parabens a todos. #stfvergonhanacional #nasruascontrastf
BANDO DE CANALHAS , DESTRUÍRAM O BRASIL, ROUBARAM TUDO QUE TINHA E AGORA ESSA COMUNISTA DOS INFERNOS VEM COM PALHAÇADA, VOCÊS MERECEM CADEIA . BOLSONARO TEM TODA RAZÃO. https://t.co/Nqpj2ZzMDP
@user kkkkkkkkkk então e o baby?
@user kkkkkkkk manda vim
@user bolsonaro surfistinho...😂
pode ser também por má preparação desde do início do ano!#fsradiobrasil
@user @user Vc é o mais idiota dos fracos comediantes. Ainda não percebeu a mudança de comportamento do povo após a saída do PT.
9-NÃO É ARTISTA! Sem sal, fabricado, nunca se desculpou pelas coisas racistas (não seria mais do que a obrigação). Não é autêntico, superestimado pelas fãs, desafina mais do que canta e tira a blusa pra maquiar a falta de talento. Não inova e fora o show é extremamente tediante. https://t.co/J9dbgvHFST
rt @user run faz eu me sentir estranha, como se estivesse com muita saudade de alguma coisa, mas não sei o que é https://t.co/6auclf…
@user com toda certeza !! a mais saborosa
rt @user eu chegando em casa depois de misturar vodka com cerveja https://t.co/d62btxpjj0
essa fic é um ensinamento de vida, fala de amizade da forma mais linda e pura possível, mostra que pessoas evoluem mas infelizmente tem que colher as consequências dos seus decisões precipitadas. merecia virar livro. https://t.co/KDnnWhuOsT
@user perdeu a graça
@user hahahahahahah eu passo mal quando ela fala que o dudu não quer mais nada na vida só ela
rivais: cadê a copa do brasil? não ganha nada há anos eu: cê tem o daniel alves no seu time? Não? então sai de cabeça baixa vai https://t.co/oBxGqNfBXu
agosto e nada das aulas voltarem kk
@user kkkkkkkkkkk amiga manda
rt @user maldito é o homem que confia no homem
esse moraes parece o mordomo do segredo da múmia.
breaking party sempre produzindo umas festa foda e a próxima não vai ser diferente 🤪 vem aí noite do blackout 💥
tem coisa que a gente não fala, mas quer que o outro perceba.
@user agora só falta pega um pia top global no fre fire
Meu Deus, acabei de descobrir que a minha família (Figueira) tem uma festa de 10 em 10 anos, uma puta festona, mas eu não vou kkkkk Amanhã tem niver do meu irmão e eu vou, com certeza. (Meu Deus, que tradição de família burguêsa kkkkk)
@user tentei explicar e fui chamada de biscoiteira kkkkkkl existe?
rt @user @user comendo o amigo no banheiro do escritório. # atolei e ainda fiz a chuca nele.kkkk https://t.co/xxpnq5…
independentemente de você incubá-los ou chocá-los durante ou após o evento Durante o evento, o número de presentes que você pode abrir diariamente aumentará para 30 Durante o evento, o número de presentes que você pode carregar em seu inventário aumentará para 20 #PokémonGO (4/5) https://t.co/YIYk2o9g19
@user kkkkkkkkk exatamente
Tem 5 dias que tô chapado, misturando drogas, ódio e amor todo dia E cada dia que passa a vontade de me drogar pra ver se tudo passa só almenta E junto almenta o tamanho da dor que ta no meu peito, já não to conseguindo respirar direito de tanta ansiedade
Professora de português perguntou se eu tava namorando pq eu tava indo mais arrumada, se ela soubesse o quanto sou fudida nesse assunto nem falava nada por dó kkkkkkkkkk
rt @user mara típica bolsomonion dizendo que a mamata acabou #fofocalizandonosbt https://t.co/eyafldv4j7
como quer q eu acredite q é vdd isso aí q ce fala flor
Doenças são malditas. A gente geralmente n liga quando são com pessoas aleatórias (e deveríamos ligar, ter empatia), mas quando afetam alguém especial é totalmente diferente.
essas cores foi as únicas que nunca usei no aparelho. então me ajudem, qual???
rt @user dogs que sentam engraçado advogados associados https://t.co/6cr1ta1g2g
meu filho tá tão rapazinho, tão inteligente. sou muito apaixonada.
@user ei! nada disso tá 👺👺
@user Feia, muito feia mesmo, é a sua FALTA DE INTELIGÊNCIA. Banalizar conhecimentos intelectuais pela relação com a beleza física é algo ASSUSTADOR.
rt @user já fiz muita questão, hj faço um miojo e vou dormir!!!! (mas ainda faço questão kkk) #sextadetremurasdv #sextaheroisdosdv
rt @user amanda disse que vai ficar de canto hoje, vai mais demoraaaaa, já vou arrastar né kkkkkkkk
@user @user @user @user @user E o Clube português mais respeitado na europa do Futebol, o único BICAMPEÃO EUROPEU, o único em que ainda se fala e se lembra da equipa bicampeã, dos 5 violados só vocês se lembram 😂😂😂😂
@user A melhor casa com toda sinceridade. Grifinoria não dá, superestimada a realidade né? Pq Hermione que carregou essa casa pq se fosse depender de Harry... Então quem nasceu para ser Grifinoria, nunca será Sonserina (e outras casas também pq não são de todo mal né só Griff mesmo) https://t.co/gCVo1CyyiE
Como diz bob Marley: odiar sem conhecer é ter inveja e não admitir. Por isso digo sempre: quem comigo não vive, da minha vida não sabe nada 🤫✌🤭
lembra qual foi a última menina que tu ficou em manaus? — lembro https://t.co/jfk9xagazv
caralho que deusa
Aproveitando que vi um tweet de psicologia que me lembrou da @user , recomendo a historia do sobrinho do Freud - https://t.co/kv3Ul7r8Ak o documentário 'The Century of Self' que está no artigo é bem legal também.
rt @user trabalhar só é bom no dia do pagamento viu, de resto parece que suga suas energias
Paulo Dybala está pronto para aceitar uma proposta do Manchester United. Cristiano Ronaldo aconselhou Dybala a ir para o United como o melhor lugar para ele. (Daily Mail) https://t.co/SWbo1Ezygu
@user sorte a tua que ronaldo é do contra em dobro kkkkkkkmm
@user por que o glenn tá de peruca?
rt @user liberdade pro meu irmão cainn, solta o inocente seu juiz 🔨⛓🔓
pior é pagar de vitima com mimimi
@user @user já já ele vai chorar pro lobostao
@user o jovem descobriu a energia elétrica parabéns
rt @user cada vez que passa a abertura 'the voice brasil' eu grito 'kids' por dentro #thevoicebrasil https://t.co/esvhudogub
@user Momento mais difícil e o meu , 37,8 meses de serviço averbado, prestes a aposentar em Dezembro/19 você vota a favor da reforma da previdência , já paguei pedágio de 88, 98 e 2003, e terei de ficar mais 8 anos #naoareformadaprevidencia
@user pegas na bina, foges de casa apanhas me aqui em leiria que eu vou ctg :)))
queria muito uma praia, é pedir muito 😣😔
@user pode dois? da tela bloqueada e da desbloqueada. https://t.co/rnuo9l82k9
rt @user eu fico pensando numas coisas q sei lá da vontade de bater a cabeça na parede p parar de pensar
@user não, eu não vou fazer isso. já entreguei nas mãos de deus, sei que melhor advogado eu não poderia ter.
AI AI AI ESSE MÊS TEM LANÇAMENTO SUPRESA NO CANAL DA @user MÚSICA INTITULADA #SNAKE 🐍 FIQUE POR DENTRO DE NOSSO TRABALHO E SE INCREVAM EM NOSSO CANAL NO YOUTUBE (👇🏾) https://t.co/nr6NrePyYd DÁ RT PRA MIM ALCANÇAR UM PÚBLICO MAIOR E DIVULGAR MEU TRAMPO 💥 https://t.co/6KvBKGul86
@user vou deixar o meu pretinho pra sempre
deus me da força de vontade pra escrever as redação atrasada 😣
meu nariz esta tao seco que parece que cheirei uma tonelada de cimento
@user @user @user @user @user , você é o @user é muito amor 💖, gente... não existe Danilo sem Diguinho e nem Diguinho sem Danilo .... kkkkk
rt @user com @user já já na @user liga aí https://t.co/zwvqvisyfy
tão óbvio que o yug acharia todos, eu não achei nenhum sgyuasuyags
rt @user *momentos únicos do futebol* torcida gritando andré
* mama 2018 * Nj pensamento: 1, 2, 3, 4, 5, 6 e cadê o jungkook? Nj: cadê o jk Jin: banheiro Nj: ele tá no banheiro? Jin: sim, os armys tão falando que ele tá cagando Nj: ah Jungkook no banheiro: https://t.co/n7UO8ndhSl
rt @user @user @user essa imagem diz muito! #stfvergonhanacional https://t.co/6oweusn3fg
mano, como pode eu passar o dia todo deitada quietinha e meu coração a 124 bpm😡😡😡😡
rt @user @user faz kkkkkkkkk ele fica bolado toda vez que eu faço isso, recomendo super
ai você ta de boa na rua e passa uma pessoa carregando isso #mpn #luansantana #luanetes #luansantanashow
e só me fodo
@user pode sim, e hj?
tá tão difícil
@user @user @user 20 notificações, achei q era coisa importante, higor é um trouxa e pronto
rt @user gente essa criança vai crescer sem um trauma causado pelos pais https://t.co/k4rglfj3wt
a melhor coisa do mundo é ouvir todo tipo de musica pq eu literalmente tenho um estilo de musica p todos meus humores
@user oh guga não acredito o teu cabelo era tão lindo :(
rt @user esse dia foi louco https://t.co/4dmhm9tsvb
AE! vamo tirar a prova dos 9, tem um passarinho voando em rumo a CONMEBOL pra colher as informacoes se vamos ter brasileiros no FIFA 20 ou nao! BAAAAAAAAAAAAAAAAAAAAITA CONTATOS DO FIFA TRADE BRASIL! https://t.co/1FqH0G5FCL
@user tao de parabens, viu?! deve ser horrível não gostar de vcs e nao poder chamar vcs de feios.
rt @user "se quer ir rápido, vá sozinho. se quer ir longe, vá em grupo." 😉🤜🤛👊👊 #sextavingadoressdv
Muita gente me ajudou chegar aqui, foi aos trancos e barrancos que eu consegui, minha família, meus amigos, minha fé, a vocês devo tudo 🙏🏿 https://t.co/6C5elj1mae
tô com alergia a bebida alcoólica, só saio de casa se o rolê for pra comer
uma das melhores sensações do mundo, é chorar de alegria pela conquista do outro! vc é meu orgulho, eu disse q ia chegar! Te amo absurdos ❤️
Racista, ignorante, mentiroso, autoritário, nepotista, persecutório, mal-educado, despreparado… que absurdo presidencial vamos naturalizar hoje? Chamar de “polêmicas” ou de “críticas” está ficando insustentável. Normalizar absurdos é como as democracias morrem.
@user saiu, desculpa mas olha já está já esta 😉❤️
@user anta gorda https://t.co/lbytffiwqy
nem eu faço.
@user @user a edição ficou muito boa! kkkkkkkkkkk mas faltou o "luka time".
rt @user amo a mis amigos!! blessed 🤩
meu deus eu espero q amanhã de sol
nunca parei pra pensar nisso mas quando alguém não vai a aula, na chamada, alguma pessoa fala que a pessoa faltou quem será que fala "não veio" pro professor quando ele fala meu nome na chamada e eu não vim?
ganhar folga no dia do aniversário é maravilhoso ❤
rt @user @user não dá p da moral kkkkkkkkkkkkk
O povo brasileiro tem o dever de se levantar contra esse vergonhoso @user .Esses Ministros estão agindo como ditadores. Não podemos aceitar isso. Espelhemo-nos nos peruanos e ajamos pra tirarmos Ministros como Tofolli, Gilmar Mendes, Moraes que estão sujando o STF.
@user ah então não estamos juntos...
ai quando eu fico com início em depressão fica perguntando o pq e depois fala que é frete parabéns pais de hoje em dia vocês fazem seus filhos ter depressão
@user Nunca vi na história do Brasil um presidente tão desprovido de educação! Cadê o emprego presidente? Espero que não me mande comer gente!
@user e tais fazendo oq aí?
rt @user tenho que ver dear white people mas estou na pausa da militancia então vou continuar vendo naruto mesmo
gente kkkkkkkkkkkkkkkkk
@user deve estar se sentindo aliviado!!!!
@user @user @user @user amigo, São Paulo trouxe Pato, Pablo, Hernanes e Daniel (...) e todos foram questionados, todos os jogadores com altos valores são questionados, isso não é exclusividade do flamengo
ainda bem q sai daquela escola ainda bem q sai daquele país nossa
@user @user @user @user @user @user @user @user @user @user Seu ministério é responsável por machetes q exaltem nossos numeros positivos, pode fabricar fakenews. E tb deverá caçar instituições e ongs q publiquem números q manchem o nome dessa grande nação.
não confio em quase ninguém mano, então nao me decepcione pprt
@user @user olha o comunistinha falando kkkkkk
Só imbecis caem na falácia da "liberdade de imprensa" utilizada por Verdevaldo e Crimecept, para justificar uma operação criminosa, levada a cabo pela quadrilha presa na Lava Jato com objetivo de obstruir a Justiça. A mais alta corte do país se mostrou cúmplice da estratégia.
sigo pedindo a deus força e sabedoria, para tudo dá certo.
vou lavar meu cabelo enquanto é cedo
@user fora ‼‼ #deltannapgr
@user @user Há alguma situação específica em que podemos ajudar? Caso o seu questionamento seja referente a algum objeto registrado, por favor, envie o código de rastreamento por mensagem privada.
se meu keenler nao acontecer nessa temporada eu mato um https://t.co/mxivtioei6
@user stf acordando depois longo período acovardado.
@user tem é que fechar esse lixo e mandar esses imprestáveis para a venezuela chupar as bolas do ditadorzinho https://t.co/5mngjwggks
1/3 dos agrotóxicos usados no Brasil são proibidos na Europa. Dentre os 10 mais vendidos aqui, 3 são proibidos na UE. Um deles, o neurotóxico ACEFATO, há anos proibido por europeus. No Brasil é usado nas lavouras de feijão, couve, tomate, etc... https://t.co/AunD67kH1o
@user @user @user ele vai corrigir o que falou sobre o ministro sérgio moro.
gestão não será a mesma sem os faixa, 31 ama vocês... https://t.co/o5cvucu5kg
Essa história de que "O trabalho enobrece" é o maior lero do capitalismo. Você tem que dedicar 9h ou mais do seu dia simplesmente a acatar ordens, produzir e ganhar seu sustento. O que me enobreceria de verdade seria poder usar o meu tempo como eu bem entendesse. Estudando, etc.
boleto da faculdade saiu e junto veio a facada no meu coração 😩
rt @user espero não me foder nesse seminário do marcelo
rt @user se eu arrumo a casa sem escutar alcione parece que eu to arrumando errado
sem ânimo pra nada.
estou demasiado feliz por ter conhecido o pessoal de paredes juro eles são uns amoresss
rt @user o grande problema é a areia https://t.co/pz4klxqe1i
se deus quiser vou conseguir bater minhas metas até o final do ano 🙏
mlhr coisa de hj foi meu pai ter me dado o cartão pra comprar roupa ikkkkk amo amo
@user @user @user vc é um verme.
Tenho quase 20 anos e os meus pais põe-me hora para chegar a casa, claro que me aborrece, e muito, mas é uma coisa normal e eu percebo, era pais como os meus que maioria do pessoal de 13 anos agora precisava https://t.co/LeE3Z2Asey
Não e por nada não mas mulher parece que quanto mais vc caga pra ela mais ela te quer, quando vc quer tudo com ela aí ela não quer? Sério da pra entender, depois faz textão no wpp falando que não arruma ninguém, que todo mundo pisa, eu em
ana cristina esta *abalada*
não acredite cegamente em nada! https://t.co/hikzhcrwbe
@user me mostra onde tá o preço ótimo pq eu n vi ainda não
rt @user ganhar o mundo e perder a mim
rt @user @user vomitando em grupo, own
@user de nada
@user @user @user @user @user @user @user @user @user @user @user Quero plantar uma árvore em casa. Como devo proceder?
@user nem conta horrorosa
@user @user TO FALANDO A MINHA TEORIA TÁ CERTA!!! CHANYEOL BROXOU NO MEIO DA TRANSA, POR ISSO QUE SEMPRE FICA MO CLIMÃO DELES DOIS
você será julgado de qualquer forma portanto seja você mesmo! 💗
rt @user @user irmã querida, orgulho.. parabéns 😍
@user ele é de qual grupo? 🧐 https://t.co/fyvhniyucr
isso é desesperador!
com var, libertadores tem explosão de pênaltis para times mandantes - boa parte deles absurdos. https://t.co/iz0bpqxprv via @user @user
@user Onde está o crime nisso? Vocês acham lindo e moderno uma pessoa usar maconha e cocaína (que além de matarem financiam os reis do crime) mas acham absurdo usar bolsa Gucci? Cadê o crime em usar bolsa de grife comprada com dinheiro fruto de trabalho honesto? Ah, vai se catar!
brinca mt, mas eu n pago pra ver n
@user representou a família brasileira kaka
perfeito... me apaixonei, vou aderir
@user lunatico, e burro nem sabe falar!!
o shawn n costuma comer em hotel e ele mesmo disse um dia desses q ama comer fora , smp tem fts dele nesses lugares seja só ou com algum amigo e ainda sou obrigada a ver gente falar q ele e camila se expõe pq comem fora como se o cara n fizesse isso COM ou SEM ela lol https://t.co/53hng5vkwO
fiz pior jogo da minha vida agoraaa e ainda ganhamos incrivel
@user mas eu tenho de pensar da mesma forma que tu ouq
rt @user tô triste, queria um namorado, 10 kg off e uns cem mil na conta
acabei de fazer o maior trabalho braçal da minha vida, to morta
@user concordo, não tem nem o que argumentar nesse caso.
em casa estou
rt @user uma dupla de zagas dessa bicho: https://t.co/gg821pkrui
@user @user @user o que esse sites pubkicarem, o gado acredita.
rt @user o todo o nada..
olha oq ela falou qnd eu tava empurrando o pau
@user pronto...começou a montar a narrativa de preso político hahahahahahahahah espera ser acusado pelo menos brother
@user @user @user você deveria estar presa só pelo fato de defender bandido!
@user Comunista traidor lambe-saco de nazista, a tua hora de acertar às contas com a lei vai chegar, e às suas bravatas não vão ajudar em nada. https://t.co/zKI3aPN33W
No Persona desta sexta (02), Roberta Jungmann, ao lado de Patrícia Breda, recebem o jornalista e músico Ronan Tardim e o dj e produtor Mac Lovio Solek. Na pauta, shows e festival no Recife, neste fim de semana.… https://t.co/Q5acO6bYZP
Qualquer casal hetero fazendo qualquer bobagem: a Vcs: metahhh😍😍😍 Casal lgbt+ fazendo qualquer bobagem: a Vcs: forçado, marketing BA BA BA VÃO LAVAR A CASA DA CACHORRA VÃO https://t.co/T10BIwLkYO
@user @user @user kklkklk, fonte secreta n tem q dizer...
Pq não fazem outra novela com Salinas e Ana Brenda protagonizando? Eles têm muita química e não aproveitaram direito nessa novela #AQueNaoPodiaAmar084
14:20 - hacker deu calote de 650 mil no itau, e foi patriota nas mensagens?? https://t.co/VNafpcUdY0 #STFVergonhaNacional Colabore com o seu RT, não custa nada e nos ajuda MUITO!
senhor me dê paciência pq se me der força eu mato a minha irmã
Só vim pra dizer que eu odeio física com todas as minhas forças. Mais tarde eu volto pra reclamar de matemática e/ou química. https://t.co/7kNUGiiLvT
galera, nós 4 estamos começando nosso business então estamos vendendo BOLO MÁGICO pra levantar uma grana. 5$ cada um, vamos estar no LA LUNA à noite e UF pela tarde. apoie a cena feminina. grrr https://t.co/cMZqqJ3R4n
@user meus sentimentos!! 😔😔
qual a parte do não quero ninguém enchendo meu saco que a minha mãe não entendeu pqp
@user @user depois q eu assisti o clipe várias vezes eu entendi.
rt @user muito bom dia o harry tá tão lindo apaixonada por cada foto https://t.co/vuwkd6dhd5
@user caralho, que absurdo. e o pior de tudo é que o brasil tá tomado por pessoas dessa índole rasteira.
rt @user preguiça de ir limpar a casa
Nunca esqueçam que Larry tiveram/tem ursinhos com o nome um do outro na camisa, que estavam abraçadinhos na casa deles quando Jay foi lá com o dan e eles tiraram essa foto pra mostrar pra gente e Harry foi visto carregando um dos ursinhos no bolso do terno prossigam https://t.co/zsFKnYP53O
@user kkkkkkkkkkkkk tô rindo disso lembrando do vídeo de manhã de vcs
rt @user para evitar outro empurrão de gorda, padre marcelo rossi vai armado em missa. https://t.co/xi2z1vneei
mas isso não é trap meu filho
●๋• ะ PHOTOCARDS BTS ،¸ ●๋ Como inauguração da Lights Store estaremos vendendo photocard do @user em 3 sessões do #BRINGTHESOUL_THEMOVIE em São Paulo + informações na thread (RT para nos ajudar a divulgar 💜) https://t.co/VM9PaXlqx3
BOMBOoOU 🔥🔥🔥🔥🔥 - Meninas e meninos do meu twitter esse mês a @user grupo no qual eu faço parte vai soltar a música #SNAKE 🐍🔥 ENTÃO VOCÊ QUE TA LIGADO NO CORRE EXPLANA PRA GERALLLLL APROVEITA SE INCREVE NO CANAL ➡️ https://t.co/a2x8wJydVe https://t.co/AjWQ4Vz23g
rt @user a cada dia que passa minha vontade de ter filho diminui https://t.co/ojvfnyoswi
Livro sobre Jair Bolsonaro destaca o julgamento do capitão, que tinha planos de explodir bombas nos quartéis. Nos anos 80, Bolsonaro protestava contra baixos salários. https://t.co/H8WoXNHo6V
rt @user há conversas que justificam gastar dados móveis e horas de sono 😋
#stfvergonhanacional precisam cair!
@user por mais q eu tenha ficado muito puta, tecnicamente a culpa não é dela, ela tá destruída por dentro por problemas de anos que não iam se resolver numa conversa. É algo muito pesado, só quero que deem um final digno p ela
igor disse que não gosta de dar o cookie dele pra ninguém igor quer me dar o cookie dele
@user stf está alinhado para a destruição do brasil. é uma vergonha!
rt @user eu preciso de uma foto com essa roupa paula, eu imploro paulinha na fab
Brinco nada kk, poderia ser mesmo o amor da minha vida . Só depende de você pra assumir esse anônimo lkkk — aham mkkk https://t.co/yau5ySz4d6
“Quero dizer, olhe ao seu redor. Não podemos deixar as coisas ruins definirem quem somos, para que nós possamos definir quem somos” https://t.co/jDyeREIjfF
apaixonada nele pq ele manda audio cantando...........
ai só pq eu comprei saco
velho q diabo eh esse q n consigo falar com ngm e a hora frizou????
As bactérias cadavéricas camufladas de militantes político-partidários esquerdistas, ou vice-versa, apavoram-se diante da VERDADE, que, como a luz solar do meio-dia, atravessa-lhes os olhos e cega-lhes o cérebro.
rt @user sai do celular e vai viver
@user AAAAAA! Com tantos elogios assim a gente fica até sem jeito! ☺️ Muito obrigada pelos elogios, nós ficamos extremamente felizes e lisonjeados em fazer parte da sua rotina de cuidados, migo. 💗✨ https://t.co/aLM3px1FNj
comprei duas caixinha e fechei assonbrim labareda lvl 3 e a rapininha demaciana
rt @user entrando na justiça contra a oi, depois de esgotar toda paciência!
@user 😂😂😂😂😂😂 eu amo isso 😂😂😂😂😂😂😂
o pior lomotifi que vc vai ver hoje 👍🏼 https://t.co/vhvrxrlwsc
@user @user Por ser carioca é necessário torcer por um clube do Rio? Eu moro no RJ desde 1972, tenho 60 anos e torço pelo Palmeiras. Você acha que ela se expõe somente para se promover? Eu penso bem diferente.
@user não pode depilar kkkkkk
não se faça de forte
A Reforma da Previdência do governo foi aprovada em primeiro turno na Camara, mas a luta contra os desmontes dos nossos direitos continua! Confira ponto a ponto o que conseguimos ajudar a barrar #MaisJusto https://t.co/VrWqR1sNNf
a menina cismou de querer ficar cmg e eu toda hora falando que sou viado
@user impressionante o alto comando do exército apoiar isso... que papel degradante
ele tem razão, flamenguista é nojento demais.. ainda bem que sou
tô sem paciência hoje e atrasada e ele me chama pra falar mal dos outros, ave mandei pra ele " ainda bem que cada um sabe o que faz da própria vida e que cada um cuide da própria vida " o homem virou mudo.
rt @user ah pra porra né https://t.co/gbb3kf6zg9
fé em deus e nada no mundo vai nós parar 🙏🙏🙏 https://t.co/8ziiqxjqss
@user @user @user @user @user @user @user @user Onde será?! Hahahaha #MPN #MarinaRuyBarbosa #NowUnited
@user herói vegetariano é outro patamar
aaaa eu tô tão feliz pq eu vendi todos os meu bolos hoje :))
rt @user gente, a câmera da vivi é caríssima e popular na ásia, acho que também tem funções de celular https://t.co/wpd5v0mo5n
machucar essa baião de dois
@user pra mim, o pior é o silêncio da pgr raquel dodge frente a esses absurdos #stfvergonhanacional
voltei a andar de bicicleta na marcha 3 e minha coxa ja ta diferente gente to shook
@user ngm se importa
meu último dia na casa da minha irmã. 😭😭
@user Que a tarde seja embalada pela fé, pelo bom ânimo e pela força de fazer o seu maior sonho acontecer. Que nada entrave seus sorrisos, que a esperança vá à frente de seus planos e te faça enxergar o mundo com mais cores e mais luz.
celular vive no modo avião agr
olha aqui, curti 3 fotos suas, me nota, obrigado
o papel de rodrigo maia na reconstrução #democrática do país https://t.co/dsi3fc4ywd
@user vai ver a pessoa não entendeu kkk se for homem então tem muito disso kkk
Eu não quero ter que ver um monte de gnt pedindo o números de estranhos p fazer amigos e, só de pensar nas chances de encontrar aqls gurias dnv me assusta. MEW e se elas me reconhecerem? E se meu pai perceber q são elas?
eu tenho medo de esperar e nada acontecer.
abs galera, foi legal viver uns anos de democracia Diretor do Inpe será exonerado após críticas de Bolsonaro a dados do desmatamento https://t.co/jnKLDLtvzc
os meus pais acabaram de me foder a puta do verão esqueçam
@user hahahahah só ta no nome mesmo, o @user continua o velho pra evitar futuras percas
@user te amo lindo
ficar com ódio das pessoas é a pior coisa do mundo pq é para smepre
rt @user eu apoio o pacote anticrimes. #stfvergonhanacional https://t.co/cz81mw86lz
Qual dos filmes abaixo você acha que vai ganhar o Oscar de Melhor Filme? Veja a relação dos indicados abaixo e escreva aqui nos comentários: - A Favorita - Bohemian Rhapsody - Green Book: O Guia - Infiltrado na Klan - Nasce Uma Estrela - Pantera Negra - Roma - Vice 💙 #Oscars https://t.co/0vuEP9gteg
@user Tem atualizar o vocabulário também. , tem que falar : hola galerinha do canal , vamos falar de assunto diferentinho hoje , ações ! Logo depois da vinheta , solta a vinheta editor ! Música do Pablo vitar na hora da vinheta para ajudar no engajamento rsrs
@user Kakakak é que o Malcon estava negociando com a Roma e já estava dado como certo na Itália, de ÚLTIMA hora o jogador deixou de assinar com a Roma pra ir pro Barcelona dando um chapéu no clube italiano. Desde então ele é amado pela Roma kakakakka. Daí o Zenit cornetou kakakkakaka
se eu tivesse casado com o pandu certeza q 99% das merdas q fiz n teriam acontecido
@user @user perfil criado esse mês para atacar um jornalista. deve ser bot.
as pessoas precisam começar a cada vez mais a tomar certas atitudes...
rt @user erros de gravação no pornô gay 🎬🎬🎬segunda parte🎬🎬🎬 https://t.co/y3ucow6fj3
que resenha show 💪🏻
@user @user 😂😂😂😂 mano, vcs são muito foda
O Régis conseguiu a proeza de ser uma piada até mesmo pra quem gosta de rock/metal. Não deem a atenção que ele quer, não levem nd do que ele diz em consideração, só ele acha que é critico musical.
rt @user se pagando tava daquele jeito imagina de graça https://t.co/sjj3axx8lc
lendo os comentários e entendendo melhor pq o meu grupo apanhava com rn
@user que mente brilhante !!!
me perdoa pelas expectativas criadas. porque pensei que eu poderia ser mais do que um contato perdido na sua agenda do whatsApp. porque pensei que poderíamos ser mais do que pessoas que se encontram, se curtem e vão embora. porque pensei que dessa vez seria amor.
@user @user corinthians e palmeiras certeza
ai q merda essa menina n para de fala to tao cansadx https://t.co/hfb5fp9oqw
eu disse q ia surpreendê-la . espero q seja positivamente
@user @user Qual o seu palpite, Pedro, pra, apesar da chuva de alegações de hack, só termos mensagens onde, evidentemente, Deltan é o vetor?
eu toda noite
rt @user @user @user prr nem fala kkk fiquei pensando nisso kkkkkk
@user vou derrubar sua conta v*g*bund* https://t.co/ekhrjxloay
Xangô: justiça divina seja feita em retribuição aos que espalham palavras de amor, respeito, bondade, esperança, luta força encantamento paz https://t.co/Dp1FVxXB03
finalmente em casa !
rt @user @user mano kkkkkkk #mpn #nowunited https://t.co/pdsrcxwmom
a única vontade minha q n passa é de fuder, de resto passa tudo
@user parte da jornada é o fim
@user @user Defender a descriminalização da maconha não é ser “maconheiro”; é ser inteligente. Uruguai, muitos países europeus e Estados Americanos pensam assim. Lamentável é que tenhamos deputados que manipulem o povo e lucrem politicamente com a “guerra ao tráfico” e seus dividendos.
maior verdade
mds os fãs do bts espumando nas minhas mentions so porque postei falando que justin e o homem mais lindo do mundo kkkķkk mo??? Não sabe respeitar a opinião alheia??? se vc não concorda e acha tal famoso mais bonito e opinião sua, então respeita a dos outroskkkk
quando chego bebado e deito na cama
. Vai se Despedindo Pessoal. . Um asteroide gigante de aproximadamente 570 metros de diâmetros se aproximará do nosso planeta no dia 10 de agosto, segundo a NASA. . https://t.co/pOJMp5BRtU
@user @user 😂😂😂😂😂😂😂😂 chora mais #bolsonaronabahia
Não é questão de ser direita ou esquerda, de ser conservador ou progressista, a questão é moral, é de zelo com o erário, com o dinheiro público, grana que garantiria serviços públicos de qualidade... Quem é a favor do certo defende a LAVAJATO e cobra o STF. #STFVergonhaNacional
@user "padre" de taubaté. pra bom entendedor...kkkkkk
@user @user passeie vc na próxima manifestação de fora stf e saia de lá sem cabelos brancos 😂
PDT cumprindo a sua obrigação com a República! Conseguimos uma liminar na Justiça, numa ação de nossa iniciativa, proibindo Sérgio Moro de praticar a suprema arbitrariedade de destruir provas que amanhã possam eventualmente demonstrar a sua responsabilidade em possíveis crimes. https://t.co/Wbx6scT6ip
@user uma hora dessa?
magian ter que explicar a tv brasileira p alguem, os cara com uma panela de brigadeiro ao som de nxzero e pericles
@user Esse governo é um tremendo faz de conta. Só é verídico aquilo que favorece o governo e a imprensa imparcial é a que promove o governo. O resto é “fake news” ou são informações adulteradas.
@user tu achaaaaaa que ele acorda com o barulho do celular?? kkkk
@user Eu militei sobre isso. Todo mundo de qualquer fandom sexualiza seus idolos, TODO MUNDO, não importa se é gay ou hetero. Imagina coisas em sua mente, coisas obcenas! Ai quando uma pessoa faz isso, fulanas e fulanos vai la e cai em cima matando. Hipocrisia que fala.
rt @user parabéns a quem já comeu o meu rabo https://t.co/x92lbsy369
eu só queria luisa sonza feat iza é pedir demais?
a real: homem goza com qualquer mulher mas a mulher não goza com qualquer homem kkkkk
rt @user acho engraçado essas que falam falam e depois ficam cheirando o cu como se nada estivesse acontecendo
@user @user quanta gordofobia vc conseguiu gerar nesse post, tá feliz danilo?
istoé: governo bolsonaro mantém a mamata de gestões anteriores https://t.co/1hmmqnxdcq
Este filme... Pode passar 58592 vezes na TV que não vou me importar de ver. Muito foda, Samuel L Jackson é brabo demais https://t.co/ZY1hZNfWMn
se seu dia foi ruim, fique com esse vídeo do felix te dando tchauzinho pra melhorar ele se seu dia foi bom, fique com esse vídeo também para que ele continue assim https://t.co/uiFnelbeic
rt @user fecha nada. anvisa é autarquia criada por lei. https://t.co/oi2ogjsu3o
onde vai estrelar? #descendants3
o nava é um deus que manda o link do mine pros parsa
eu acho bizarro como as pessoas REALMENTE acham que o capitalismo deu certo enquanto a gente ta tornando o nosso planeta inabitável pras próximas gerações por motivos de DINHEIRO repito inabitável por DINHEIRO
Pra se fazer a seda é preciso matar o bichinho,cada casulo é equivalente a 7m da fibra,quando o bichinho quebra o casulo só resta fibras curtas e se as usar o toque,o brilho e outros fatores serão diferentes dos proporcionados pelo fio longo, q tem + brilho e + conforto ao toque
Bozo é um covarde peidão... ele larga o prego, fala um monte de mentiras e merdas sobre os outros, inventa dados, joga pra galera, destila seus preconceitos... e quando é chamado na chincha, se vitimiza e diz que não falou nada de mais... é muito sem culhão essa Bozolina.
rt @user em novo depoimento, hacker diz que não copiou mensagens de dilma, moraes e janot https://t.co/epgohthseb
essa porca kkkkkkkkkkk
a gente diz que confia em deus. mas quando a gente precisa mudar e arriscar bate muito desespero. e aí? confia nele ou não?
rt @user nem sei por onde começar.. https://t.co/kozur4qkky
sempre que eu vou ligar a tv da net o volume aumenta do nada eu fico assim https://t.co/gpaqfrw4xf
o mundo gira em torno de dinheiro. sem dinheiro não somos nada, não dá p mover nada sem o capital! é foda 🤦🏻‍♀️
rt @user eu surto dps fico como se nada tivesse acontecido kkkkk
@user olha as indiretas kkkk
nao vejo o nome do cr7
@user @user prevejo uma viagem de emergência do verdevaldo...😂😂
@user salve maurício, domingo a vitória é nossa pra cima do eterno freguês fiel. avanti palestra💚🇮🇹🐷
Quero saber onde que o Twitter tá enfiando as notificações q não tá aparecendo Os outros comenta meus bagulhos aqui e se eu não olhar no perfil, eu não vejo. Mereço 🙄
@user você não é digna de nada, então ta tudo certo minha amiga kkkkkkkkk
amanhã tem q dar certo meu deus kkkkkk
@user @user 😡😡😡 #bolsonaroenvergonhaobrasil efeito bozonaro, gnt de bem e cristã #sqn : https://t.co/lrtdowguwr
@user veio da melhor fonte!
rt @user vai ser o tweet com mais like dela https://t.co/mwvjbpqxnp
@user Com essas piadinhas, vc só botou lenha na fogueira dos esquerdopatas, que estão sempre de plantão pra sentar o pau no governo. Faltou dizer sobre os benefícios estratégicos dessa indicação.
rt @user ahahahah!...um acordo de cavalheiros? que cavalheiros? podem escroques criminosos ser cavalheiros?... https://t.co/nct…
@user @user @user a base acho que ficará por conta da S/A, mesmo porque salvo engano, para pagar o CT, 20% da venda de qualquer jogador fica para abatimento junto aos Moreira Salles.
rt @user eu olhando os lomotifs dos outros e me sentindo feia ao extremo https://t.co/fvtwpjm0uc
@user eliane brum é de longe a melhor analista do jornalismo brasileiro
rt @user @user @user vocês são tão lindos juntos que chega a doer na moral https://t.co/n78upld8i7
depois que perceber, pode ser tarde demais!!
gente, esse calor de hoje me fez perceber que não tô preparada nenhum pouco p verão, vou precisar de praia todo santo dia porque pqp
tô conhecendo pessoas tão boas, de idades diferentes e isso tá me ajudando a perder algo que me incomoda muito na minha personalidade
mano q sono vai toma no cu
aguardando a mensagem da júlia falando q vomitou na cadeira do dentista
rt @user um presidente que acusa, mente e difama ao invés de trabalhar pelo país. 👍🇧🇷 https://t.co/4qgzmdtkun
tenha um amigo que: https://t.co/dwqd3hcqxf
nada com nada
@user Querias produzir um argumento contra a iniciativa privada, acabaste a evidenciar os problemas criados pelo monopólio do estado na educação dos médicos.
rt @user erundina: frente ampla é possível, mas não pode ser só institucional https://t.co/usazfgmsfr
rt @user tô tão feliz aaaaa
@user bambi kk
@user @user "entrega com ódio $ 7.00"
@user misericórdia, em oração
rt @user mais pode até fala de mim tô nem aí 🎵 https://t.co/nr3dwyflro
eu reclamo de tudo mas não tem nada q eu odeie mais que os fãs de kpop puta merda que gente chata do caralho odeio todos
queria fazer um botox no cabelo mas o meu acabou🤦
Vai achando que amigo é aquele que tá cntg só quando vc tá mal, amigo tb é aquele que te vê feliz e n te inveja. Difícil dms encontrar amigos hoje em dia, que compartilha da sua felicidade sem maldade alguma.
@user quem pode compra orgânico. e aqui, nem confio na procedência.
@user ela fez xixi qnd cheguei hj a coitada ficou muito tempo só
@user não deviam noticiar, assim ele foge
eu acho o messi bué estranho ahah
música sempre, o tempo todo! — ♫lance legal por guilherme arantes, do #soundhound https://t.co/o6poliep7g
todos temos medos e limitações... só não podemos deixar que eles impeçam a nossa luta diária.
@user nãnaninanão ! nem pensar nesse tipo de escolha. ....não dá né ?
fala sério essa menina é totalmente perfeita sem defeitos💗💕💗
@user hahahah verdade, o importante é cuidar o sorriso, se tiver ok tá tudo certo kkkk
rt @user imagina ir ver um casamento e sair noiva https://t.co/fyyod3viez
Toda vez que ver esse tweet na tl, comente a sua foto preferida da sabina com as tags #MPN #NowUnited #Uniters #MarinaRuyBarbosa https://t.co/Lkf1ciQUjX
Uma boa musica é atemporal. Quanto mais o tempo passa, mais variadas se tornam as formas com q a musica vai tomando, de acordo com o entendimento de cada um e independente do lugar. É como magica.
se eu fizesse o que voce fez comigo n iria gostar
eu e os mlq se comunicando no trampo
hoje vai ter rap, cerva, erva e muita larica
eu demorei mais de 3 minutos p entender o que estavam me dizendo,gente sou mt lerda
rt @user chega até arrepiar mds https://t.co/ked33kq1tl
rt @user resolvo problemas em 3 dias. https://t.co/r8utfixtyg
rt @user o henry é lindo? sem duvida nenhuma mas o que me deixa no chão é a elegância desse fdp https://t.co/bq2fcztnjq
@user vc n tem vergonha nessa cara
https://t.co/2bs6oD330q Ele até que pediu pra não botarmos as fotos, mas a verdade não pode ser reprimida. Nas imagens, @user e ó ex-coronel da PM Chavarry Duarte, acusado de estupro a vulnerável neste domingo. #EleNão As ameaças dele, de nada valem. https://t.co/gd2J98vrKG
rt @user só pq denunciaram o outro 🥵 https://t.co/rzwnnqndm8
rt @user gente o super choque pode aparecer na temporada de stargirl nova série do dc universe. eu to gritando?? https://t.co/fvfmdtq…
@user simmm, nessa hora que eu mando a merda
q kenya é melhor parte da minha pior fase pprt 😍
@user los angeles maior q o el mal querer bjsss
Quando você esquece que é milionário e fica assustado e também super competitivo que os prêmios dos jogos são lanches ou alguns centavos. Humildade, esse é o nome. #MPN #BTS #BoyWithLuv #Army @user https://t.co/jGS2buAyUJ
nego do trabalho vai almoçar e já aproveita e fica pro lanche
@user minoria de quase 70 milhoes de eleitores 😂👍
faço questão de nada
@user sim eu stalkeei em todos os tweets até essa semana ele se trata como no masculino, nunca fez nenhum tweet falando sobre ser trans e nada sobre o assunto tbm, e tbm li falando q ja é a terceira vez q ele muda o nome e faz tweet mentiroso p levar rt
A melhor coisa da vida é você tá em paz com tudo que te rodeia. A vida de ninguem importa, nada importa, só a sua vida, sua alegria, sua paz e PORRA ISSO É MUITO BOM AAA
@user minoria que ganhou a eleição????? jornalista militante além de tudo é burro.
@user é crime ser rico? e tbm, pelo jeito, é crime criticar jornalista horrivel que nem uns aí...
vou arrumar a casa
paulão vai vim cedo desse jeito paulinha na fab
pra que ele foi no banheiro se o cocô caiu da árvore?
@user @user vc merece
engraçado que postei um negócio que é exatamente o que minha irmã faz comigo e ela reagiu com 👏🏼 kkkkkk tenho que rir mesmo
a amanda nem ficou de mais dadas comigo ontem vsf garota toxica
@user @user coitada da cobra
rt @user @user não dá pra acreditar que um macho lindo desse é sensato desse jeito parece até um surto coletivo
rt @user rebole a bunda e fume um baseado antes de gravar seu clipe mulher https://t.co/xydq7ienbs
rt @user queres só foder? fodemos queres algo sério ? bazaa anda que te faço feliz
Você ganhou R$ 10 para o seu primeiro pagamento com os apps do Mercado Livre ou Mercado Pago. Use-os para recarregar seu celular na hora. https://t.co/eR6vP5Opmu
🎉 ganhadores do prison to2 🎉 blatanty: 3k girafa: 3k (os dois n tem twitter :/) gg a todos!!❤️ https://t.co/0nwtnuab2h
@user o mineirinho que não existe em minas hahahaha
@user @user um passo pra trás.
rt @user @user @user posso ouvir um amém?
queria dizer que já superei o crush enorme que eu tinha, mas não superei, meninax. 😔
rt @user estas bem enganado, a gaja mais linda está nesta foto https://t.co/wttaz0cvvt https://t.co/de2y85mf3u
Vim na ótica com a minha mãe pra ela escolher um óculos pra ELA e atendente tá explicando tudo pra mim, sem contar que tô passando um mal pra crlh e não tô nem entendendo o que ela tá falando.
Jair Bolsonaro e a bancada de ameba do PSL tá divulgando esse vídeo pra dizer que ele foi OVACIONADO na Bahia. Só esqueceram de comentar que o evento foi fechado e só tinha CONVIDADOS do governo federal né meu amores? https://t.co/SHIXgl3wrc
@user @user @user Vcs realmente acham que falam no Grenal só pra provocar vcs? KKKKKKKKKKKKKKKKKKK ngm se importa com o Flamengo mano
@user parabéns para a melhor will herondale stan do twitter &lt;3
rt @user já vamos em agosto, este verão tá a passar a voar
o ruim de beber cerveja é que da muita vontade de ir no banheiro toda hora
@user nem assim, c dorme 3h passa 2 seg
Pois é so hoje foram 3 ou 4 vezes isso, agora nao tira o pé do pescoço do tigre. Cuidado que quando quer subir rapido o tombo é maior. Vamos esperar
acabou as ferias do meu primo e ele ta indo embora e eu to bem triste!
nunca fui, só se fosse pra chegar andando ou de skate
@user cafeína é uma droga https://t.co/rcrasct6k7
rt @user "não vacino o meu filho e ele ta bem" o filho: https://t.co/simftsndyu
@user onde vc ta?
@user a organização desse programa faltou em todas as gravações
rt @user #capricórnio você sempre vai querer com mais intensidade aquilo que não pode ter.
cuidado para não tropeçar nesse tanto de coisa que você finge ser
@user Pessoal da bancada FOX vcs de fato são mto. Dois os mesmos...minha opinião...também descansados alguns para esse confronto com o Bahia...forte abraço a todos... Obs: Benja...vc é mto doido...tamo junto!
@user @user triste dos seus seguidores que tem como fonte de informação revista forum ! kkkkkkkkkkkkk
a bia é a melhor bf desse mundo, tô morrendo kkkk
tipo aquela música nobody's home né. preciso ir pra um lugar mas não tem 1 lugar q eu quero ir agora pq não tem nada que me console agora
Rei do Baião e ídolo da música nordestina morreu de pneumonia aos 76 anos. Luiz Gonzaga foi o primeiro artista a fazer uma turnê pelo Brasil em cima de um caminhão. Relembre na #ColunaMemória: https://t.co/zbX6ravuVs #GloboNews #Edicao10
enche o cu de maconha e fala merda ²
@user @user @user @user @user @user @user @user @user @user Duvivier vai odiar os baianos @user dizer q eles são escrotos e paramilitares 😂😂😂😂 https://t.co/dgqB1Eaycw
@user Guiratinga-MT https://t.co/4DEwn3Mhys Estou convidando você para participar do Paid 4 Clout, um site que permite que você ganhe dinheiro com as mídias sociais. Acabei de ganhar $167 e você também pode! Inscreva-se hoje para um bônus de $25!; #earnmoney #makemoneyonline
rt @user ai dei unf nesse cu e ainda fica aparecendo os tweets bglh chato
vídeo ficou foda, mas, vtnc vc q grita "cante comigo, mengão". é "conte comigo, mengão", seu arrombado.
romero, você é foda!
rt @user #áries eu choro quando estou com raiva, choro quando estou triste, choro quando estou feliz e choro até quando não sei o que…
@user eu gostei mais dessa versão de boyfriend com a sample de thank u next do que da original kkkk
LOADING... 🔥 🔥 @user claudiabarrosprof ⤵️ *INSCRIÇÕES COMEÇAM AMANHÃ ÀS 08:00! _ Prova de 2ª fase é sempre um momento difícil para o candidato. _ Passada a euforia da aprovação da prova preliminar, o… https://t.co/sqHgfjtInU
Entenda que quando uma pessoa quer mudar, ela muda. Se ela achar que vale a pena largar as manias pra dar certo com alguém, ela vai largar. Não tem essa de "mas é o meu jeito, você me conheceu assim". Se ela gostar de você e não quiser te perder, ela muda por vontade própria!!!
rt @user caralho pq tem gente de outros fandons vindo atrapalhar puta merdaaaa #bangchanselcaday
o último foi 500, mas isso foi quando eu tinha 16 anos, e eu nunca mais fui kkkkk, provavelmente vai ser mais caro pq meu grau aumentou e eu quase não tô enxergando direito, principalmente de noite
@user Isso tem muito a ver com o fato do privilégio estar relacionado a seleção de que corpos irão ocupar esse local. É muito louco. Quanto mais "igual" o local, mas alienado ele é.
@user chamar não é o problema lkkkkkk
oi posso te chamar? — chama ue https://t.co/x9w4pttipe
@user @user eu mermo não, muita responsabilidade.
@user pq me marcaste não entendi
@user @user será que o verdevaldo vai pra cadeia hj
eu sei que pra dar tudo certo na minha vida só depende de mim esse é meu medo.
rt @user no ensino médio todo mundo fica bonito https://t.co/ovipx7dvc2
@user primeiramente vc não sabe sambar, segundamente que nos pagode da vida vc é a que fica de cara feia, terceiramente desse do palco que vc não é a Xuxa, quartamente me enconomiza.
@user prenderam atores, e não hackers.
@user 🙄🙄😡😡😡 tenho ctz q o juiz vai dar pênalti p vcs, se n for dois aindaaa
naruhina stan e sasusaku stan estão chorando neste exato momento https://t.co/fa5tiwlqp6
aí meu dinheiro
rt @user acho q sou o único q n tem foto nessa escada https://t.co/lhgykctchq
Acharam que tinha acabado? ;) Não acabou não! No próximo jogo, temos duas lendas que correm muuuito 🚗 Já sabe qual é? Foi dada a largada lá no site! https://t.co/r2i7ctg5W7 #CaçaAosGames https://t.co/xcwddgLxbg
rt @user tens de ter algum defeito https://t.co/xhu4dkdwkx
@user @user @user @user @user ''Quem não respeita a história de um clube, nao respeita nem a mãe dentro de casa'', pow cara, eu tenho pena da sua mãe. https://t.co/Ekm8CMQxdd
@user foi exatamente nisso que eu pensei
rt @user 496 dias sem ela 496 dias sem saber #quemmandoumatarmarielle #julgamentojá
ninguém muda de uma hora pra outra. ninguém muda sozinho. e não é reclamando que as coisas vão mudar.
dps que tu começa a dirigir a 20km/hr tu acha que todo mundo ta dirigindo igual doido
@user @user @user e tú defendendo criminoso? olha que a pf bate no teu barraco!
rt @user meu namorado me trocou por lol
muita resenha com os cara no grupo pqp
rt @user a minha barriga tem dia que tá assim toda linda mas tem dia que parece que to grávida de cinco meses https://t.co/ocud0heh…
foi tão bonitinho ontem ele falando que tava com sdd de falar comigo e que é osso me amar e a gente assim haha 🥰
kkkkkkkk parece até piada
é normal ser apaixonada por um e gostar do melhor amigo dele? é super normal né gente?????
rt @user @user skins, cada geração uma dor diferente https://t.co/9qu2bmbaph
rt @user eu tenho vergonha do stf. #stfvergonhanacional https://t.co/9m5wu4aju8
preciso falar com alguém, quem tá on aqui no site??????? chama na dm por favor.
uma das pessoas que mais me conhece e um dos meus melhores amigos agora
amo vir no atelie das meninas pq eu chego aqui e sou tratada c todo carinho af eu amo esse lugar
rt @user ser ignorado por alguém que você gosta causa a mesma reação química no cérebro que uma lesão física.
@user @user @user esse ep é maravilhoso e explica a militância afetando os dois lados. Aí o jovem militante twitteiro tem que acabar
Amanhã é diaa, quem ainda não pegou o ingresso, ainda dá tempo de comprar barato, só falar comigo ou com os sócios! #VemdeSainha https://t.co/421qT5bnSg
tá ventando tanto que parece que vai chover
rt @user finalmente na europa! benedetto é muito muito bom e um reforço de peso para avb (bem que precisa) https://t.co/6hjvxr4vzg
@user valeu amigo nunca duvidou da minha capacidade
malta, mas onde eq estão a ver a temporada 5 de jane?
que mané nude mano me manda foto do jeongin sorrindo me manda vídeo dele rindo me marca em coisas aleatórias sobre ele diz que ele me ama me avisa quando ele posta selca ri das minhas piadas com ele chora com as minhas boiolices sobre ele me escuta surtar por ele nude não mano
rt @user tô precisando compra roupaaaa, as q eu tenho n ta dando em mim direito 😤
ai gente sinceramente parem de se denegrir vendo esses lomotif de garotas, porra todo mundo é diferente e isso não significa que fulana é mais bonita que você
@user era pra mim dar pq até vc nego fala que eu tava tentando desenrolar kkkkkkkkkkkkkkk
assim como aconteceu com os nazistas, no futuro bolsonaristas serão todos condenados por crimes contra a humanidade
cada dia q passa um nervoso diferente
deixando pequenas coisas me afetarem como se não houvesse amanhã 🙃😊🥰🙃😍
tentando achar lado positivo de tudo kk
se vc é avocado e não tá se sentindo enganado pela billie vc está sendo avocado errado. eu não sei se eu dou risada da situação ou se choro *a gente divulgou atgggth nas rádios, fez bio lyric, trocamos icon, header e nome pra "atgggth is coming"* billie: xanny hum kkk bjs https://t.co/8Penv0uwOi
rt @user lugar onde na minha primeira oportunidade eu meto o pé daqui https://t.co/22klgy1gyy
sdds desse dia, da loucura que foi, até da quantidade de horas que ficamos na porta daquele hotel eu sinto falta.
eu acho essa cantora tão talentosa, mas essas últimas músicas não me descem de jeito nenhum
https://t.co/tAp1grukF8 Cantor e compositor Gabriel Valim divulgou nesta sexta-feira (02) o videoclipe da faixa 'Um Amigo Para Sua Amiga'. Acesse o Portal Spybat e veja os detalhes dessa nova produção do artista. #Spybat #GabrielValim #UmAmigoParaSuaAmiga #PortalSpybat
@user grande titio kkkkk
rt @user @user @user entao pq os dois jogos entre atletico x botafogo teve arbitragem brasileira? como vc expli…
rt @user é impossível olhar e não sentir.😔 https://t.co/tqydriojsl
@user entendi o recado
jeno só sabe exibir os braços dele agora meu filho
Preciso de arruma umas migas pra sair q tenha filho ou está gravidas, porq as bonitas q n tem me deixaram e só vão pra aue q n to podendo kkk
A turma que começou esta tag acho que o #STFVergonhaNacional porque quer julgar e afastar, muito justamente, Deltan. Essa gente gosta de ser burra? Não entendem que esse cara prevaricou? É crime funcional, sujeito a condenação e pena. Vão estudar, bando de ignorantes.
@user manda os dois pro mesmo lugar
@user @user @user inter só é grande em gauchão igual flamengo é grande coisa campeonato carioca.
rt @user a verdade é que a pessoa pode ser lixosa como for mas se for bonitinha vão pagar pau pra ela kkkk
rt @user seja transparente, falar o que sente é bom pra vc e pro outro https://t.co/cwr65emnws
@user deu de presente o curso mestre do capitalismo ?
não sei mano o jeito que eu sofro por manips é diferente
@user @user a casa é nossa, não dele. 🤦
@user @user Encontro é uma coisa,agora diálogos são coisas diferentes. Ele confirmou o encontro e provavelmente tiveram um diálogo,que vcs estão supondo que seja este. Kkkkkk #GlennJaPagouJean #GlennNaCadeia #GovernadorRecalcado
*HELP* GENTE ME AJUDEM A GANHAR ESSE RELÓGIO, NUNCA PEDI NADA AQUI E SEMPRE AJUDO, preciso bater essa meta antes do mês acabar 10k de RT e 3k de fav 😭😭😭 me ajudem @user https://t.co/YHennBZUQR
@user Daniel, você disse tudo. Tô achando que eu estou pagando um preço muito alto por ser alfabetizada, ter capacidade interpretativa e intelectual nesse governo.
mano acho que n vou sextar n 😊😒
o projeto deste governo dando certo os fundos do paulo guedes agradecem
@user @user maltaaaa 🤔🤔🤔 eu acho que vou mandar cc pq só quero mm saber, não quero nada com ela
rt @user saudade de passar a madrugada conversando com alguém
Glenn, o Rei da Pornografia, não sabíamos que sua mãe até você a expor de forma criminosa a usando como instrumento políticos para deixar o país às pressas para não pagar pelos crimes que cometeu. Desejo saúde a sua mãe e que ela te perdoe por envolvê-la no seu crime em curso https://t.co/KoVYNU3ooR
não toco num mmo há um ano só falta menos de um mês para o único que vale a pena jogar kek
@user o brendon é engraçado em qualquer estado de espírito
charli sempre a frente do seu tempo lançando tendências https://t.co/rcc5gk6cw6
@user parece que ele mudou sua posição em relação à ancine... https://t.co/hzooxqpnci
@user q foto eh essa aí
rt @user antes eu só o conhecia de ouvir falar, mas agora eu vejo o senhor com meus próprios olhos.
@user saudades do nosso amigo seedorf
ai mano esse velho aí, essa é a única forma dele repercutir por isso bate na tecla de ser babaca...
rt @user vai tomar no cu por isso amo esse mlk https://t.co/mwkxjujts6
era depressivo pra caralho, isolado e só tinha contato com o próprio irmão porque a família dele o negava, passou 37 anos entrando e saindo de hospício, cortou parte da própria orelha por ser emocionalmente instável e cometeu suicídio pra vir o jovem 129 anos depois e romantizar https://t.co/p4Vri0TtXV
rt @user se fosse procurador fazendo palestra clandestina para banqueiros, poderia. https://t.co/6uerwdfn5u
meu bloqueio de tela é uma mistura de 1 pintura de van gogh e michelangelo kkkk
@user igual eu só q mulherões
estar solteira é 120% sensacional mass tem dias que dá uma saudezinha de ter alguém neah
e as suas vítimas de plágio... vc pensa nelas?
agora vamos esperar a rafaela acabar de pegar sol pra eu ir fazer minha sobrancelha 😒
Como vocês se atrevem a ter parado de encher a tl com caleb e gaten dançando love shot???????????????? Me sinto no dever de trazer a melhor interação que ja aconteceu na humanidade de volta https://t.co/e2dIVga8sg
lexi rabe não tem defeitos
@user no sexo eu sou o caminho para a gente se fala
rt @user *no fansign os staffs intervem bastante e os idols não podem fazer nada muitas vezes* quando você é ceo: https://t.co/l4iu8yp…
pra que limpar o nariz se na mesma hora vai te dar vontade de espirrar e voltar tudo de novo, pra que?????
@user ele é diferenciado mano
rt @user @user professor olavo, agradeço o apoio e as palavras. todo esse movimento começou com o senhor. grande abraço
@user @user Eu sou responsável pelo o que eu escrevo, não pelo o que você entende! Em momento algum na postagem eu citei que usufruíria da promoção hoje.
então cala a sua boca https://t.co/cilolq1ran
@user me diz o que fazer com a veiga de almeida? não aguento essa organização, quer dizer, que organização?
bro eu ja queria ter chegado na dm de tanta gente da tl pra amigar mas sei que não vou conseguir manter uma conversa sem dizer o quanto eu quero dar furiosamente pro jongin
@user é o bixin querendo vingança por ser deixado de lado
só quero setembro pegar essa viagem em iguaba só casal 😎🍻
tô nem aí pra exol chorando, quero ver é taemin e ten juntos
@user @user Se fudeu babaca! Realmente, o povo nordestino odeia o Presidente. Fecha a boca q não entra mosca Psolista! Ah manda lembranças pro Verdevaldo kkkkkkk
rt @user na minha familia diziam que isto era a casa do putedo https://t.co/fxmpnyslbm
@user nem fala!!! estamos reféns da violência. obrigada!! já comprei o colete 😂❤️
@user e os vistos das crianças do verdevaldo? estão prontos?
tomara que chova e faça frio
rt @user #gêmeos a final de contas, se existir um paraíso nós nos encontraremos de novo, porque não existe um paraíso sem você.
Tem alguns homens que só servem pra trabalhar e foder. Os machistas que falam bosta. Se você não se encaixa nesse aglomerado de estrume, eu amo vc e você tem o direito de fazer o que vc quiser, contanto que não ultrapasse a minha liberdade e se torne libertinagem! ( E aí gostou?)
mds acabei de tweetar um post errado que merda
to fazendo nebulização pq eh difícil a vida de asmatica https://t.co/il0xewxl94
vou na ótica daqui a pouco pegar uma armação nova p mim, sdd de qnd eu trabalhava lá, pedir p meu pai me contratar denovo kkk
hoje vi que fiquei muito tempo cega e não via o que tava fazendo comigo
eu ainda não arrumei nada, aposto q vou esquecer muita coisa
kkkkkkkkkkkkkk jornalismo bosta esse do brasil
@user de nada!
faz perguntinhas la por favor https://t.co/f6mrte08ti
todo dia uma multa de carro diferente p meu irmão
fico a espera de ver esse bumbum mágico a abanar 😍 — espera sentando meu lindo https://t.co/0yjl2miiow
@user já vou estar na sua casa quando você chegar, tomando banho de piscina
@user Whindersson da RT AQUI #MPN #MaisaMatheusKauanSlime #MaisaApresentadora #MaisaInspiracao #MaisaIG #ProgramaDaMaisa #Maisa #LuanSantana #Luanetes #LuanSantanaShow #BibiTatto
rt @user se eu falo de ti no twitter se sinta importante. 👍🏽
hum to triste vou tentar fazer esse vídeo chegar a 1m https://t.co/n55uitfhjj
@user parabéns mano, tu é craque!!!
aaaa alguem me dá
muito bom ir resolver suas coisas sozinha, chega dá uma sensação boa https://t.co/0m4qk54zgi
reizinho
como muita gente nunca havia visto essa fancam, tanto que até aqui nem se acha mais, decidi postar e hypar sozinha 👍🏻 stan bangchin https://t.co/8RKgUFoxAE
@user O @user foi claro ontem. O INPE cometeu uma série de erros cruciais para o bom controle do desmatamento: - Dados duplicados - Falsos positivos - Falhas de detecção em meses anteriores Ou seja, o INPE estava fazendo um péssimo trabalho.
6. quando eu coloco algo na cabeça, já era
rt @user juro q quando o vi não ia com a cara dele...hj faz me a pessoa mais feliz do mundo♡ https://t.co/popywl41gh
rt @user atenção: alguém, por favor, me dá o avatar, the last airbender: the rise of kyoshi!!! por favor
@user As provas são a CREDIBILIDADE da Folha, da veja, do El Pais e Buzzfeed! BUZZFEED! Hahahahahahaha além das duas fontes ANÔNIMAS! É claro! QUE PIADA! A matéria típica da credibilidade do Buzzfeed (HAHAHAHAHAHAHAHAx999) Título sensacionalista e conteúdo ZERO! Que piada!
Eu me sinto tão mal por umas gurias que não consegui se assumir para seus pais sobre a sua sexualidade, eu sou tão apegada na minha mãe que nem precisei contar pra ela sabe.
rt @user enfia representatividade nessa porra bey https://t.co/cz5zurkkdu
@user Em pouco mais de 200 dias já tenho o prazer de ver a Foice de SP ser obrigada a noticiar as boas ações do Governo Federal! Isso não tem preço!
e eu que tô indo agora para casa mas não lembro onde pego o outro ônibus
mds não consigo escrever porra nenhuma
@user O STF não é uma instituição democrática. É uma casta que vive de privilégios as custas da população e se acham inimputáveis #STFVergonhaNacional
2° antes que me venham com piadas e/ou perguntas idiotas, já adianto que NÃO SERÁ DE GRAÇA... cobrarei um valor simbólico referente ao material que é totalmente descartável
@user esse cara sorrindo é sinistro, parece o coringa que dei errado
@user "Ninguém caminha sem aprender a caminhar, sem aprender a fazer o caminho caminhando, refazendo e retocando o sonho pelo qual se pôs a caminhar." Paulo Freire
@user obrigada felipe, tudo o que eu precisava ouvir.
@user o ministro está no mundo da lua
exclui meu instagram agora estou triste sem ter onde biscoitar
@user mas ele não esta preso? e continua matando, isto que é impunidade.....
ok só saio agr com quem chegar assim
rt @user sexo eh íntimo e sagrado, seu corpo eh um templo e vc não deve compartilha-lo com quem não gosta do itachi https://t.co/0ijge…
grande oportunidade e orientações para construção da rotina famíliar para tea. https://t.co/0brwe4z2wd
@user tem professor q merece o mundo
gosta de rua kkk https://t.co/zpu5bh47tm
vou levar uns lencinhos p assistir bring the soul pq pelo q eu to vendo vai ser so choro
existe uma pessoa que me intende pelo menos
rt @user @user ahahahahah comigo nada é a sério
@user @user eu tô falando só da vozzz afff vocês duas
@user @user @user Sabe qual a pauta da discussão ? Ricardo Galvão exonerado por dizer a verdade sobre o desmatamento, mas o bostão do seu presidente disse que era mentira, e não apresentou nenhum dado e argumento para rebater. Ele foi demitido por dizer a verdade, e n vai parar aí, outros tbm vão.
rt @user quando você está feliz, você aprecia a música. mas, quando você está triste, você entende a letra.
rt @user a mesma piada since... https://t.co/xtpn3biten
Projeto da UFRJ realiza oficina de formação em mídias digitais no Recife amanhã (3). Os interessados poderão participar de um dos GDs, realizados amanhã (3) e no dia 10 no Museu da Abolição. Saiba como participar: https://t.co/MT1vW3A3RE https://t.co/QXTrhlyDSl
fazem ótimas performances, dançam e cantam pra caramba. são lindas, têm uma discografia impecável. produzem m/v maravilhosos conheçam red velvet e enalteçam esse grupo https://t.co/1hTRHa4My5
só li verdades.
@user eu não sei...me incomoda de alguma forma mas não sei o que é :(
kkkkkkkkkkkkkkkkkkkkkk porra lembrei de uma parada
a gente finge que não tem ciúmes, mas é cada surto interno.
n precisa ver perigo nela, sou apenas pai do filho dela e nada mais...
ou fizeram macumba pra mim ou eu sou a pessoa mais chata do mundo, só pode
na boa, eu gostaria que brasil continuasse a se chamar terra de santa cruz. https://t.co/gywlxbf4ie
Diretor do Inpe, Ricardo Galvão, será DEMITIDO após o governo criticar os dados do desmatamento da Amazônia divulgados pelo instituto Eu digo DITA e vocês DURA
Liberando Geral no Mato🍑 Conteúdo completo pelo whats por apenas 30$. Tem o video completo dessa foda no parque dentro das trilhas, sendo puta dos caras casados 👌 Contato pelo Whats (11) 961755946✅ https://t.co/vBRxa2z8NR
@user minha vó me disse que era frango e eu comi, tinha gosto de frango mesmo, mto inocente eu
já passou da hora de ter um aplicativo de mercados em que vc vai passando os códigos de barra pra ver quanto vai dar a conta ANTES de passar no caixa
rt @user queria tá da melhor forma agora... dando uns tapão de qualidade na bunda dela
rt @user morena gostosa dando uma dentro do carro https://t.co/7kzxetxsue
Recomendaram tanto ao PRESIDENTE JAIR MESSIAS BOLSONARO a respeitar a Constituição, Más eles mesmo estão rasgando a mesma ! Ditadura da Corte ??? Lutaremos contra isso !!!
gente o olhar dessa garoto nem disfarçamos rs
@user infelizmente não é pedindo que elas vão parar
steve NÃO deixou o bucky pra trás, muito menos aBaNdOnOu ele, desde o começo Steve quis salvar o Bucky da hydra e de quem fosse atrás dele, não tinha mais motivo pra ficar de babá de um homem adulto que está bem, está em boas mãos DEIXEM O STEVE EM PAZ https://t.co/GwPJlD3ORw
pra começar bichos nem falam, né jornaleiro maldito?
fazia te feliz, mas sou gajo :/// — ohhhh podemos ser amigos :) https://t.co/qayax7y7wo
ele tá errado e pronto
ela vai forçar tanto quando tiver que deixar a festa pra ir pra baia
@user @user acho igual, deveria ignorar essa gente.
@user um macho desses, porra
@user ridícula kkkkkkkkkkkkkkk
@user krl mano, com ctz foi um maconheiro fdp
@user já não entende bosta nenhuma de futebol e agora quer palpitar sobre aquecimento global. kkkk para que ta feio taina.
se tem um negócio que me deixa puta é isso
KKKKKKKKKKKKKKKK 3RACHA MANO KKKKKKKKKKKKKKK Tenha amigos que te deem força, mas esses mesmos amigos tem que ser o que te zoam KKKKKKKKK https://t.co/UWWMw5bIEO
rt @user "gastei minha buceta atoa" -chagas soraya
fx cantou no sm town pqp
[3/8 12:12] vitória brandão: aí amor o auge meu contato "princesa" HEUEHEUHEUEH [3/8 12:12] piece of sky 💜: vou colocar [3/8 12:12] piece of sky 💜: idiota do caralho bom dia KKKKKKKKKKKKKK
rt @user vsf qm da chupão, chupa o próprio pinto filha da puta
@user eu não perdi o cu ok
cara eu to decidido eu vo vira engenheiro da computaçao pra monta uma loja igual a do cara que roubo meu processador e nao vo rouba o processador de ninguem filho da puta voce acabo com a minha vida
alô amigos, agitem a boa
rt @user vtc que edição incrível https://t.co/5ensc3q8rm
@user claro q vai caralho olha a mulher incrivel que voce é, voce pode tudo porra vamo la q esse mundo é teeeeeeeu
@user levar um granada pra tu fdp
@user @user pqp, tu é linda pra cacete!
rt @user eu odeio quando me ignoram pqp
@user Sai daí retardada! Isso é uma ofensa ao povo brasileiro que votou em Bolsonaro, ele foi eleito pela maioria, e foi uma Vitória esmagadora em cima de vocês! Ridícula! Aceite que dói menos, já tá feio isso. Demência!
rt @user pode mandar nude tb https://t.co/dkfgr4oymb
@user carai, queria um café da manhã assim 🤤
@user pois eh . mas ñ somos essa ideia que essas pessoas acham q somos. se bobear mando tomar no cu com aquele grave
caralho que friozinho gostoso pra cada um cuida da sua vida né? oh delícia
@user @user @user @user eu tb n to entendendo porra nenhuma :/
@user eu acho que vc nem devia dar nenhuma satisfação. você é um puta profissional, sua consciência tá limpa, tenho certeza.
tudo certo pra dar errado, aí a chuva vem... tnc
@user porra ontem eu comi um incrível mas cru também
rt @user @user meu cu minha filha sente o cheiro da aclamação https://t.co/oynzpxoxzu
acordei no horario errado pqp to brava https://t.co/vcs9x4we8y
foda to triste acordei menstruada ta chovendo e frio pra caralho so pq hoje tenho uma festa https://t.co/fwjznbqogd
kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkknem tomei café e minha namorda ja ta almoçando ozoto na internet
rt @user falta ese dos pal free
@user • primeira impressão: ba cara quem escuta conecrew • proximidade: 9/10 • eu gosto de você: não fdp • pra ser honesto: não sei oq seria de mim sem o teu cartão
meu amor ♥
nunca confunda as obras de arte do mestre picasso com a pica de aço do mestre das obras
vou começar a fazer isso
@user o nome da veia é ana, aí fala santana pq provavelmente é mineiro... o padre chama ela de vó, eu tô de boa kkkkkk
frio da porra e o tempo do celular ta notificando 36ºc pqp
@user simmmmmm. tipo vou mandar alguma coisa pra pessoa aí tá lá meu vácuo de uma semana! pqp péssima pessoa eu
Eu ja vi uma vez o seu cntt no cllr do branquinho então para de fingir que nunca ficaram ta feio ja — tá feio vocês aí de fofoca, fiquei com ninguém não krlh!! pra que mentir? tô ganhando nada com isso https://t.co/kxxXLS9iOR
tô cega demai e minha armação já é feia
ae porra caralho conseguimos cacete
eu e os prejuízos q dou pra davi pqp 🤦🏻‍♀️
puta que pariu mano brabo demais!!!!
rt @user vamos pra tóquio, porra 🏐✨ https://t.co/5d9bior17r
@user eu fico feliz de verdade por você estar aqui e a gente estar maduro o suficiente pra não brigar a cada cinco segundos KKKKKKK vc me faz rir demais sériooo, te adoro, melhor amizade pqp
rt @user eu tenho um dom de sumir palheta que puta merda
se a torcida não cagar o pau o mosaico tem tudo pra ser lindo o problema é que pelo histórico de mosaicos que tentaram fazer eu sempre fico com o cu na mão https://t.co/KDUsefstNI
eu juro que não estava irritada mas pqp, falou merda
lindíssima!!!
tão duro rezando pra chover vai toma no cu pra lá em filho das puta hoje e só puta acima do peso 😂😂😂
@user coisa linda do caralho 😻😻😻😻
@user vc é ridícula
porra chovendo e essa caroçada do caralho veio fazer o que na rua meu deus?? que tanto que pergunta preço e n leva nada é esse...........
minha irmã falou isso pra mim ai eu comecei a zoar e perguntei se era um convite pra eu dar um beijo nela PUTA MERDA ELA FICOU NERVOSA DEMAIS MORRO KKKKKKKKKKKKKKKKKKK
@user fé nas maluca é caralho, vai procurar uma terapia kkk
@user @user ti fuder vai marcus
sorriso de quem tava esperando há mais de 2 hrs a porra de uma sessão p assistir rei leão 😀 https://t.co/a2mf0yzklh
o changbin tá trabalhando em duas músicas e uma delas é com o seungmin e já tá pronta, só falta gravar........... MEU SENHOR JESUS A OBRA PRIMA QUE VAI SER ISSO AQUI PQP https://t.co/XJutoxhvbr
ganhoooooou, aqui é brasil porra #voleinaglobo #préolimpico https://t.co/mmwjkaqbub
magoa do carai
rt @user eu sou simplesmente a pessoa mais feliz do mundo aaaaaaaaaaaa pqp https://t.co/qiajokhoed
meu coração quer ela mas meu pau quer de montão
mano quem foi o fudido q fudeu meu insta, se eu descobrir
@user a apreensão foi de cocaína !!! o Paraguai legalizou a plantação de maconha !!!! a querida Joice Pig ta querendo dizer que Uruguai aprendeu a fazer cocaína a partir da folha de maconha ?????? cara tem que ser muito burro para seguir e votar nessa gente bolsonarista
jisung e changbin não tem um pingo de maturidade ksks duas crianças
Puta se tem uma coisa que me broxa 100% é eu chamar alguém pra sair e a pessoa cancelar em cima da hora pq tá nErvOSa ou AnsIOsa e ainda por cima dar uma desculpa como se eu fosse idiota Vai toma no cu né pelo menos fala a verdade
não tô conseguindo assistir nenhuma série pqp
olha essa carinha de quem vai me fazer gritar de medo no cinema hmm... 😋😋😋
@user @user vcs nada eu tava na minha sua ridícula kkkk
rt @user ainda não fiz um caralho https://t.co/fna5bl5hfc
como feijoada pode ser tão bom???? puta que pariu
@user vou pegar a sororidade e enfiar no cu dessa idiota
rt @user galera não gosta de ver a felicidade dos outros e fazem de tudo pra estragar né, tnc
gente é normal odiar a família? não é aquele ódio de tipo ah vai passar, não gostar mesmo ter raiva toda vez que o próprio pai abre a boca pq não aguenta mais o idiota pensar só nele?
@user goxto nao keiehdkad o pub só q è lixo e mais ainda agr q fechou a área de fumante
sonhei com a fdp, quero dar um tiro na minha consciência
não é possível que vocês achem isso normal, sério, o cara não ofereceu perigo em nenhum momento, só queria saber o motivo dele estar sendo algemado, ai chega outro babaca e já é agressivo pra caralho. vai te fude
@user só puta curte isso man kkk
!!!!!!!!!!!meu deus sim
vai com calma porra
legal, pena que eu não entendi porra nenhuma do que tu disse aí https://t.co/ksdgrhnqy3
@user tão linda, pqp vai se fuder
@user o que faço para me deliciar nesse pau?
porra fds do jeitinho q eu gosto 🙌🏻
@user musica viciante da porra mas pra te salvar vou precisar de um avanço
e mano, é perturbador como tem manos e manas que se sentem superior por causa disso... enfiam o ubuntu dentro do cu, só pode!
n tenho depressão minha mãe me deu remédio anti depressivo agr eu to triste toma no cu nunca mais tomo essa porra
to cansada pra caralho de esperar muito dos outros, não é nem sobre criar expectativa, é sobre querer ta junto, ter responsabilidade sob aquilo que você diz pra outra pessoa. sei lá...
rt @user deve ser horrível me odiar e não poder me chamar de feia🤔🙆💖 https://t.co/jcyp1yzmkh
rt @user parece que uma noivinha passa muitooo bem , aaaa homão da porra 💥💥😍 https://t.co/lmumjfpayc
eu podia estar com o mozão mas ele é um pau no cu e eu tô muito brava
rt @user eu odeio fingir que eu não me importo com um bagulho, quando na verdade eu me importo p caralho
sempre bom lembrar q racista não é só quem aponta o dedo na cara de negro e chama de macaco, contribuir com o racismo estrutural também te faz racista 😉
boa caralho
rt @user que filho da puta 😂😂😂😂 https://t.co/3ttstpgotl
não paro de pensar nesse teu rabo. estou doido pra chupar ele todinho, pqp! — mamada?? kkkk https://t.co/0smpjolrnp
rt @user @user dois palhaços fazendo graça pra plateia em ponto de fica fudido na cama de um hospital
Tal quil ! Já tem candidato a lixo e a globolixo nem faliu direito. Aí BBC: @user é o melhor presidente que a América já viu.
IMPORTANTE❗️ Despedida do RJ 🥺 Já sou considerada carioca pelo tempo que moro aqui e pelo amor que tenho por essa cidade. Porém, mudanças são necessárias! Ficarei até o dia 14/8. e não tenho previsão de retorno. #TheLorraneExperience Vai decolar🛫 Estão preparados? https://t.co/JTzkGax83D
ain caralho adoro essa vida fuder com o nandinho eh muito gostoso
caralho, eu sou muito trouxa kkkkkkkkkk
As vezes eu fico puta quando rola qualquer tipo de discussão e as pessoas pensam que eu sou como elas, que sai de la esquecendo tudo que ouviu e meia hora depois “vamos almoçar e fazer tal coisa” como se não tivesse acontecido NADA
liguei p lê, n sabia q era a titi que atendeu, chamei ela de gorda hahahha
rt @user tempo tá ridículo
esse eh o nosso ministro da educacao
PQ NGM TA NEM AI PRA ISSO?? MAL VEJO FALAREM DISSO, AGORA QUERIA VER SE FOSSE AQUELAS MERDA DE DAR RT SE NÃO SEU CELULAR QUEBRA PRA VER O TANTO DE NEGUINHO QUE IA DAR RTT https://t.co/NZgYLuGtPP
pqp eu com crise de ansiedade hj e toda jumpy pra minha mae do nada gritar meu nome me matando de susto q odio meu deus
rt @user me pegou pilantra https://t.co/haryvjd7pp
bota feio nisso
rt @user o biquin https://t.co/cmnzzeaeqx
todo dia o mesmo mimimi a vai pra porra https://t.co/dbgtu4jkij
caralho hein mano faltava so 2 dias
😂😂😂😂 bem assim!!!
dor de cabeça do caralho.
rt @user mas por que eu nunca tinha visto esse vídeo impecável antes? puta merda a perfeição #mpn #nowunited #uniters https://t.co…
make feita por mim 🥰
@user porra namoral tu é uma morena linda serio msm se eu fosse homem te pegava , muito maneira me amarro na tua ❤
@user liga pra samu liga pra samu ela transou com 3 deu hemorragia no cu
essa ama uma rola
que homem pqp
@user eu odeio esse filho da puta psicopata maldito https://t.co/v5zdoibyx4
porra tenho que ir na tiradentes hj sfd 🤦
no samba a gente bota pra quebrar, a cuíca chora e faz o povo todo balançar 🎵
vaaaaaaaaai carai https://t.co/mzcvbvc28t
@user @user bahaha fdp
depois dessa eu só tenho a dizer... carai neguim essa foi de fude kkk bjs
rt @user odeio quem muda perto dos amiguinhos 🙄 vsf mano
1.700 o vestido????? kkkkk ces tao alugando barato p crl.. qria kkkkkk
100% de chance de ficar embriagado hj 200% de chance de fazer besteira 300% de chance de ficar rico sem ter 1 puto no bolso 400% de chance de ser preso 500% de chance de usar entorpecente 600% de chance de conhecer pessoas estranhas 700% de chance de perder o melhor do dia/noite
@user então bora marcar para você poder ter a minha rola
tomei uma taça kkkjj ridícula
fansites não contem comigo pra absolutamente &gt;nada&lt; eu só queria umas hqs e eles ficam regulando até o cu https://t.co/iei3uvhqs3
@user mas que porra eh essa mano
caralho marcelly deu sinal de vida. 🙄
@user óia eu caraio. te amo trude
vcs não tem mãe não porra ?
tem que ser muito cara de pau né kkkkkkkkkkk tá achando oq, não nasci ontem
@user tu me ilude mais que ela vsf kkk
ru quero ver os saltos ornamentais caralho
foda se agora eu to puto mesmo
@user maravilhoso demais, pqp
o negócio é quase do lado da minha casa e tá uma demora da porra, que raivaaaaa
rt @user o mal de vagabundo é querer roncar pra conhecido pra se aparecer pra desconhecido!
@user @user @user @user Um dos shows mais lindos q já fui, estrutura melhor q muito show internacional, e eles pqp não tem o q falar dessa energia.
arrumar conta é coisa de boiola !
sapatão é foda cara
Tá de piada né ganso cuzao só reclama ( Valdivia morto e melhor que ele) Wellington nem morto ( marrony e bem melhor ) Anderson Martins pau no cu ( castan e melhor que ele até machucado ) Muriel tá de sacanagem né entre os 4 grandes do rio ele fica em 5 colocado pq tem o cesar
gente a stela tá retardada cara
só pq ia beber igual opala hoje fui obrigada a tomar remédio de cólica, tomar no cu
rt @user crente que ia sair hoje, mas chovendo assim nem rola 😒
@user eu achei pouco pra caralho
amore ngm gosta de vc pq tu é chato msm nada dmais seus rolo n vai pra frente pq ngm aguenta mimado egoísta pra caralho
moscas mm me dão raiva porra, animal mais chato do mundo
to saindo de casa de cabelo molhado ai minha mãe disse q se eu n secar ele dps ela vai enfiar o remédio de gripe igual supositório no meu cu kkkkkkklkkkkkkkkl
que lixo mais um dia que eu acordei pra baixo, que porra ta acontecendo comigo?
#hereistandwithkai ver o jongin com crianças faz o meu útero fisgar de tal forma pqp https://t.co/7txhuwzvcs
@user caralho marcos
@user @user @user vagabundo que não trabalha e foda
arthur grosso do caralho.
porra todo mundo ta achando um jeito de me irritar ate a paciência acabar
eu tenho que parar de ser uma otaria que faz de tudo pelos outros pq depois eu sou tomo no meu cu
mara from borel já chegou aclamada eu ainda to fora de mim pqp parabéns, fadinhaaaaas
cólica é lixo
são paulo tava 26 graus ontem e hoje 12 graus vsf
pqp sim????
@user @user que coisa feia a dona rede globo tirando alegria da garotada
a consideração enfiou no cu como sempre
minha mãe tá me estressando pqp
rt @user ajudem na votação eles merecem ganhar caralho #mpn #nowunited #uniters https://t.co/qgsbuenevc
@user kkkkkkkk só um agrado pra torcida vascaína não ficar puta
@user Oq mais me alegra e ver a corja de comunistas ,sem vergonha, perdendo a teta que mamava no governo, que moleza, vai mamar no boi. E tem muito mais p rodar, o rodo vai passar geral. Foi p isso que dei meu voto.
18 perguntas, 18 nomes 1- não tem 2- vinicius 3- marinette/ ladybug deusa 4- theu 5- porra mo galera 6- bianca 7- mamae 8- theu 9- bianca/japa/neri/mats 10- dan/lucas/pedro/caio 11- a famosa 12- dan e lucas 13- theu e o gui 14- a famosa 15- bianca 16- pedro 17- vini 18- não tem
@user carai po eu fiquei triste ideia kkkkkkkk olha o áudio no zap
@user @user @user porra vcs são perfeitos
essa desgraçada acertou a caralha da moeda no meio da minha testa
vsf coloca a amanda
esse meu barbeiro é o mais engraçado tnc🤣
parei de dar moral pra vagabundo....
quanto recurso. lembrou meus tempos de v9 😂😂😂
@user porra, fala kkkkkkkkkkk
fdp não responde 😒
sou apaixonada dms vsf
Mano, antigamente era tão melhor , hj em dia as pessoas tem sede de like, seguidores, CARALHO a 10 anos era rolê de geral, Orkut, msn... Hj e só essas garotinhas mentidas rica e digital influencer de nariz em pé que se acha melhor q os outros
cavalgada é o carai! https://t.co/phjkfgptik
ultimamente ando com um azar do crl pqp
@user que porra é essa ? mdsss
gonna cry carla? pqp
única palavra q eu consegui falar hj quando eu dei o apagão de memória, até chegar no hospital era "q porra q é essa" única coisa kkkkkk
cheguei, pqp parece que a estrada não tem fim
miatã abrindo show... pica!
imagem linda demais para ser vista rapidamente
tenho q parar um pouco de assistir vis a vis, pqp
rt @user homem pão duro é o erro, pqp kkkkkkkkkkkkkk 🤦🏾‍♀️
irritas-me p caralho, mas és a melhor, obrigada por tudo
virar vagabundo jamais
rt @user caralho mano que nojo desse mlk
@user quanta beldade meu pretinho, lindo da desgraça!!! te amo ❤️
to sem nada pra fazer fui ver keeping up with the kardashians e sinceramente ser rico pra caralho deve ser muito bom
ossada... brigo com o @user venho embora eo tempo muda pqp muito azar kkkkkkk
Mary me via sempre na rua, tinha um crush em mim, mas nunca puxou assunto comigo Um dia começamos a conversar e ela foi no show do fucking raça negra só pra me conhecer e cá estamos, mês que vem faz um ano que o show aconteceu https://t.co/AkCBOT08Xo
@user quem foi o retardado
to puto pq minha mãe me acordou
cu bem exagerado fu 😂
cara de babaca quando pega no rosto vc faz biquinho e toma um bj na testa,é bom mas o biquinho sem graça fica kkkkk
😭❤️😭❤️😭❤️porra, bahia, vai tomar no cu, que foda, porra 😭❤️😭❤️😭❤️
Na real, desde que o CFP começou a se posicionar mais sobre as principais pautas sociais (coisa que deveria ter feito desde sua fundação aqui no Brasil), um monte de profissional descompromissado com a ética começou a caçar motivo pra tacar o pau.
Pq toda vez que alguém me conta sobre facada nas costas sobre usa as pessoas como elas fossem um nada me lembra toda aquela filha da putagem e man até hj não escutei história mais filha da puta do que a minha que passei
base forte pra caralho 💪🏼
rt @user eu já sou toda ignorante, mas tento tratar as pessoas bem. mas a pessoa quer me tratar com secura, mando logo tnc
@user safado,cretino bixa ruim,nunca jogou cmjgk morte a lucas berti https://t.co/6fmceslmnl
@user vê esse vídeo manin! vê se cê não fica com pau na testa inspiradaço pra tocar! https://t.co/naxdohk4df
minha mãe falando pra carai e eu
@user vcs estragaram essa merda de jogo com esse robo vtnc
@user vai p crl idiota
@user é uma cara de cu
Socando sem dó no cu da cadela e o @user segurando pra ela não mexer. Mais uma parte desse #canil que foi tesão demais. Fortalece no #RT pra postar as outras partes! 😈😈😈🍆 #gayfuck #canildodogão #sex #gaysp #bigdick #gay https://t.co/WenVwBFBVp
rt @user acordo com a barriga linda, como uma maçã já fico baleia que porra é essa
@user feia pra caralhoooo!!!
@user bom dia flor do dia
Meu mouse voltou com frescura no botão direito, 1 click as vezes conta 2 clicks, bug do cacete, e ele não voltou sozinho, agora ele as vezes não reconhece o click, tem que apertar outras e outras vezes pra funcionar EQUIPAMENTO MERDA QUE EU TENHO
@user tu é um gostoso do caralho
@user kenzie pqp
álbum gigantes tá logo na playlist da adidas .. pqp
Vou parar de falar que eu gosto de pia retardado, pq eu tô me interessando por uns que olha, ultrapassam todo e qualquer limite kkkkkkkkkkkkk
@user você é hipocrita para cacete
@user carioca não é assaltado, carioca que rouba kkkkk local de fala.
@user iiiih, qm foi esse ridiculo invejoso
caralho eu ia morre c uma mmusica deles
lembrei do cabelinho deleh e to boiola
tu vai fude no céu piranha
Alô, povo querido de Teresina! Neste domingo, dia 04, as 19h30, temos um encontro marcado no Palácio da Música! Tenho a alegria de dividir a noite com esses craques do violão zepaulobecker e… https://t.co/9tvlqq9Ymt
rt @user eu não posso ver um carioca/flamenguista, que eu fico, puta que pariu porque? https://t.co/ulg0yuxjli
eu tava muito linda ontem,pqp
Mas só tem um que pode nos julgar E ele tá de cima comandando a porra toda. Deus e família em primeiro lugar Dinheiro pra gastar e o resto que se e o resto que se foda.
rt @user tá de sacanagem que mandaram ele se entregar né???? era pra ter matado fdp desse https://t.co/0p5dnwkerf
toma filho da puta
@user @user que porra é isso kkkk
meu pato no pes puto pq perdeu 4 partidas apostando https://t.co/7zp0ek5za4
@user @user viado é um bicho estranho msm viu eu ein
@user @user pqp eu te amo fdp
@user tem uns fdp pôr aí, que no lugar do celebro tem merda. isso é modo de tratar uma mulher?
chuva tá enbaçando rola o clássico hoje
@user vocês são muito pau no cu cara
minha tia sulista não mandou foto de gelo até agora algo está errado
Um mês inteiro trabalhando igual um desgraçado pra chegr no dia de pagamento e ja nao ter um puto no carteira, e ainda sou obrigado aguentar gente me tirando, vtnc viu, um dia vou virar boy de vdd e mandar tudo pra pqp
vá todo mundo pra puta que pariu
@user @user @user @user autoridades religiosas da minha igreja católica apostólica romana, esse VAGABUNDO desse "suposto padre" está denegrindo nossa fé, dividindo nossa sociedade e atacando um governo, rescem eleito e que respeita as religiões.
será q um dia eu vou poder tweetar isso meu pai
vcs sao chatos p caralho, deixa a pessoa se vestir do jeito que quer
tá foda minha vida
então oq quer cm o bichinho feio ?
ah, vsfd, prr feia do crl kkkkkkkkk
será q a retardada da minha irmã parou de me seguir
@user tem algumas que tem buceta e chupa outras buceta....pq não pode chupar o prikito do sexo oposto?
@user puta mano sou mt fa dela
rt @user durmo meia hora acordo, chato do crl dorme só filho da puta
rt @user isso não é uma buceta, é um buraco pra outra dimensão 😱 https://t.co/c23fcjapgy
só queria saber o que minha família ganha fazendo esse auê na minha vida, devo ter cara de palhaço pra ficarem brincando cmg
Enquanto tem uns que tratam a Copa Suruga como lixo os times que ganharam se orgulham de ter a taça na sua galeria e eu me orgulho de já ter avisado que chegarei atrasado no trabalho semana que vem.
bah meu, olha a declaração do deco nascimento pra imprensa. tem o quê na cabeça um abobado desses pra falar isso? pqp....
@user eu sou um lixo realmente a monica não merecia isso agora eu to muito triste eu sempre ria desse vídeo
rt @user puta merda a mara eh perfeita
rt @user não adianta ser negro e pregar fogo nos racistas em rede social se tu é a porra de um homofóbico e fala que vai chutar macumb…
@user @user na escola sou feia pra caralhoooo e nas festas eu sou uma feia fracassada pq por mais q eu tente n sou bonita nem consigo ficar K
esse time tá foda, mas agora imagina com a sheila voltando. pqp, ngm segura #voleinosportv
porra nem fala kkk
@user hoje eu levei gás pra 3 loja fei, hoje tomei no cu legal
rt @user @user ai caralho #mpn #nowunited
não compra cerveja e ainda quer me agredir. esse quê é o ídolo de vcs ?
rt @user daqui a pouco eu me acho feia e apago https://t.co/k96ylxnxdr
manda derrubar.
@user vtnc o jovem é cheio de fuleragem bro
Lembro do dia que os cana me parou saindo do AP,mesmo sem nada eles veio de gracinha querendo me revistar sem ter nenhuma policial mulher, começaram a me xingar mandei logo tnc e falei pra me levarem p delegacia.
atoa p porra https://t.co/xf3bzm6nlm
@user claro que fez ele é um idiota
me da um odio quando eu faço algo bom aqui tipo o cafe, ou o almoço, ou so deixo q casa cheirosa e arrumada e entra alguem e fala “ta boa p casar” enfia esse casamento no seu cu porra, to boa pra viver longe de voces, isso sim
@user cê me respeita rapa, seu lixo kkkk
@user as banhas do teu cu piranha kkkkkkk
essa oi é uma filha da puta 🤬
pleno sábado chuvoso a resistência do chuveiro elétrico fica ruim... fui obrigado a tomar banho em 2 minutos num frio do carai
@user mas e se a gente gosta de uma pessoa q só caga no pau e embaça o role? Tu esconde e cuida de você ou cuida dele e passa pano? Hahhahaha
tô me roendo desde hoje pra ir pra tardezinha amanhã viu pqp
minha play list tem umas musicas que eu ouço e penso: de onde eu tirei esse carai?
ok brasil vamo ganhar nesse vôlei porra
@user @user eu ja falei porra
rt @user tenho que parar com essa mania de achar que "fulano" é diferente. pq no final é o msm pau no cu igual todos os outros.🖕🏾
@user porra mano mas a sandália eh pika demais sendo q impossível comprar nesse preço achei q ia ser uns 200 no max
@user @user @user paga nada seu burro
@user @user Mas também é cada pergunta e cada pauta idiota. Vocês acham que o Presidente é sem noção ? Conheçam minhas ex e chefes. Kkkkkk aí saberão o que é gente que fala o que pensa.
@user @user alias seria até idiota fazer isso já que de longe é a parte mais popular entre o publico feminino no japão.
que ressaca do caralho
poha eu queria ter esse defeito
@user so vc . imagina eu como estou viado kkkkkkk
hoje fiz de almoço lombo suíno no abacaxi e couve flor ao molho branco 😋
rt @user ate pq feio e sem talento eh desgraça demais pra uma pessoa só https://t.co/65x7wgpavm
pqp n lembro das coisas mano
rt @user segue o segundo tempo em jarinu e patryck marcou para o tricolor: red bull brasil 2x4 @user pelo campeonato pauli…
rt @user olha no que transformaram manchester united e milan. times feios pra cacete.
@user nunca vão poder te chamar de feio né
Oh seus puto! Falei que fim de semana rolou uma coisa daora com o maridão! Escrevi sobre e publiquei no blog! Da aquela ajuda, lê, comenta lá, da RT aqui 😈😈😈 https://t.co/lHjwvL4nxQ https://t.co/JlRcVTmqgB
yoongi deve ser tao boiola com o taehyung eu juro pra vcs que eu sou soft por taegi mas eh um outro nivel de softness eu nao consigo nem explicsr https://t.co/uB99Q5uIZo
e os gays comemoram
@user meu deus do cu eu vou me matar antes de ficar assim kkkkkk
olha como q família pode machucar a gente né mds ninguém tá imune
Parabéns aos finalistas do @user RIO DE JANEIRO. Dia 15 é a 2° e Última Seletiva Carioca. Final 28 de Julho e serão 4 vagas para a Final Brasil! Inscreva-se https://t.co/ShDAWqhubr #LinknaBio kwcbrasil Luna… https://t.co/OvuKwr32B0
@user apanhou foi pouco, arrombado
é hoje porra https://t.co/l9ro9zcwlp
depois toma umas porrada, vem se vitimizar falando q a culpa é da policia, vai se fuder
mas que caralho, eu não acho a foto referência que eu quero aaaa só tenho ela no celular e é um rolê muito grande passar pro pc
poha mano tnc que ódio filha do puta do caralho buceta piru cu
@user caralho tá muito incrivel puta que pariu
mal recebe a porra do salário e já vai p cidade fazer comprinhas excelenteeee
eu resolvi brigar com meu irmão bem na semana do aniversário dele... uma semana que a gente não se fala e agora hj eu tô na situação limite de me tornar uma completa idiota e não desejar os parabéns ou engolir o meu orgulho e falar com ele
@user @user @user cadeia nesse canalha corrupto 😎
que agonia da porra mermão ela devia ter virado apontando a faca pra ele
essa lista ta no minimo ridicula gente nada contra a lizzo mas a mulher acabou de lançar o debut como q vai cantar no superbowl (?)
puta merda brasil
"hur dur nA SoNseEina NaO tEm Só ViLao" eu SEI CORNO SE VC TIVESSE LIDO O CARALHO DO LIVRO TB IA SABER INFERNO PARA DE QUERER SE ACHAR O DIFERENTAO SO TEM GENTE ARROGANTE NESSE CARALHO DESSA CASA
Moro esperneia em meio à pior ralé. Refém do mais escroto bolsonarismo, agarra-se a juristas terrivelmente evangélicos e sujeitos sórdidos como Magno Malta, tentando um suspiro. Jamais uma glória, desde sempre vazia, virou escória em tão pouco tempo. Justiça é isso, juiz ladrão!
@user kkkkkk eles começaram a rir e devem ter pensado “pqp jk falou merda” 😂
@user a vtnc tbm
rt @user só em pensar que segunda feira vou ser obrigada a botar os meus pés na minha escola que só tem retardado olha...
depois dizem que sou maluca por n andar de uber sozinha, é mt perigoso deus me livre
@user kkkkkk nem a pau
rt @user pqp que homem gostosoooooooooo https://t.co/aohqebrunk
eu devia estar na rua a aproveitar o meu rola vivi mas estou em casa a ver golpe de sorte
vou levar o @user pra me ajudar lavar a maquina e a estradinha, tá fudido kkkkkkkkkkk
rt @user bike facilita tanto corre pqp
queria ta treinando volei mas a escola simplesmente ta cagando pro time base vai tomar no cu também
@user bicha, se esse cara não se ligar pra essas diretas é muito lerdo mesmo. até eu botaria
rt @user fiz um post pro bailey, mas to com vergonha pq sou tao feia #mpn #nowunited #uniters
pra nois rachar e fazer um churras ninguém me intima né seus caraio
com sua essência pura, seu gosto de loucura linda flor que não se acha na floricultura...
que mulher brasil,mulher gostosa do cacete! ❤️❤️
eu tô um lixo
porra eu quero ficar falando merda com a @user antes da prova e a desgraça desliga a internet
em uma luta épica entre viúva negra e sonya blade quem ganha?
pqp, as jogadoras da república dominicana todas são bundudas
Para de meter essa que vai em varios lugar kkkkkk nem vai ta feio ja — iii como assim ,tendi nao, pq que eu nao iria? https://t.co/SjojOjnhzG
não deixa empatar pqp #voleinaglobo
tava vendo uns vídeos do filipe ret e mano????? ele nunca foi feio???? pqp homem lindo da porra
enfia o teu palpite no cu inferno de pinto
fav: @user 🤮 - primeira impressão: chata, irritante 💘 - nível de proximidade 0 - 10: 0 ✨ - uma mensagem pra você: te odeio feia 🥵 - ppp (dm) é o tédio vamo
caralho minha namorada é uma gostosa msm
mano se ele viajar vou ficar mt puta
@user ta cru tetai nordiste ou koi fdp
ranço de gnt assim
frio desgraçado tirando minha vontade de sair hj
tô morrendo de dor puta que pariu
@user 2016 foi bom pra quem ohm? só tomada no cu segura
@user pqp é relikia kkkkk 22 legal ele
não se faz um caralho
Caio- “chama geral! Não tem hora pra acabar, to sozinho msm. Qm quiser beijar, beija. Qm quiser fuder, fode. Só não pode destruir a casa” KKKKKKKKKKKKK É isso, irmãos. Resenha vai fluir
seu guarda eu sou vagabunda, eu sou deliquente e principalmente uma mina carente!
rt @user to me sentindo um lixo hm que ótimo
rt @user cliente novinho, 20 anos, 1.50m, arregou na minha rola 😈😈🍆🍆🍑🍑 mas que eu estoquei com força eu estoquei hahaha https://t.co/n…
@user vsf fdp
rt @user roof no inferno (créditos ao ícone tcc de cu e rola) https://t.co/dwpd2ezwfb
rt @user enrabada gostosa do carai !!!! https://t.co/u0nqa9rkzi
@user mas, doutor, eu sou o palhaço pagliacci
@user o meu pau rosinha ai dentro da sua bucetinha 😈
35 a grama do purple kush pqp que roubo
@user kkkkkskmskskskskkaksksk vai te fuder seu galalau
rt @user que dia lindo vsf
@user tou no trabalho ainda hj tou aqui em alphaville ainda ta um frio da porra
O nome já diz campo GRANDE, gente, é GRANDE! kkkk são uns 4 bairros em 1 kkkkkkk tem dois Guanabara. Tem noção??? Kkkk bglh tem vários shopping. Então não vem com essa frase: "você mora em campo grande?? conhece fulano?" não! Não conheço caralho, isso aqui é um país!!!
rt @user você bobeou e o uno de pau esta passando no seu feed https://t.co/qnxdabrg1g
@user porra, e como...
esse desgraçado podia faze uma live sozinho de novo ao invés de roubar a dos outros ahhh😠👊👊
siiim pqp
@user o cu eu ja tenho, vai fazer o que eu falei e quero provas
o biquin https://t.co/cmnzzeaeqx
esse pessoal de esquerda gostam de falar asneiras
vocês não medem o quanto to tremendo de frio, caralho
MALTA! Quem ainda não votou ainda vai a tempo. Não sou destas merdas mas façam isto pelo holympo, ele mais que ninguém merece! Let's go brother 🖤 https://t.co/SAMNevLi7b
barroso ta com o cu na mao e nao consegue esconder.
o bahia é foda demais pqp, gigantes
@user ita ja disse q eu tô gorda e nayara também 😔
Ainda superei o fato de que estou morando com Nicolas há sete meses e nossa convivência era horrível, aí chega @user com o chá de buceta virtual nesse menino e tudo lá em casa melhorou
pau no meu cu.
rt @user bglh é enfiar todas as expectativas no cu e viver suave
@user @user não fui eu quem fez, mas tb n sei quem foi, achei por aí. eu acho a piranha bem legal :3
@user esse messias é um babaca, da ideia pra ele n po
eu pai é foda viu pqp
Sem ofensas, sem delongas, e as polêmicas de plantão, que levem um simples tweet de forma positiva e até de se vangloriar de que o nosso corpo e nossas ações são única e indubitavelmente NOSSO, da mulher forte e segura que bate a mão na mesa e assume a pica!
égua tem uma galera aí com cara de 10 anos na tl andando com meus amigos de 14 pqp crescem
eu acordei me mexi e ainda tô bêbada puta que pariu
twitter definitivamente é a rede social mais tóxica que tem, as pessoas só vem aq pra reclamar da vida ou julgar a vida alheia, mesmo não tendo caralho nenhum a ver com a vida da outra pessoa. ser humano tá precisando ter mais senso
rt @user queria ter esse corpo feio https://t.co/vibqnqk3vb
dei uns beijinhos fizemos um luau com uns beck e uns violões na frente de uma praia depois boca na rola bb, infelizmente eu perdi ele
até a porra das roupas são mixurucas kk aquilo ta mais parecendo look pra cover do que pra mv caralho
@user Roubaram bilhoes e nao reformaram predios dos ministerios,congresso,senado,etc. Estive na posse do Presidente e fiquei envergonhada. Esses mosaicos estao um lixo, as persinas caindo um horror. Em Brasilia precisa d uma boa faxina. A rodoviaria virou albergue.
@user nossa q ridículo se eu tivesse lá teria dado logo um soco na cara
@user @user @user czar burro dá nisso! assisti ao filme de elizabethe i e ali sabe reinar um país 💖
ele me pediu um nude, eu mandei o vídeo o luckhaos com o lil lixo - diss pro Kuster, ele me deu block, acho que ele pediu nude do corpo, eu tola mandei da alma https://t.co/5yiBODgDrI
@user @user @user caralho q foda ela repartindo o peixe no meio kkkk
narutin, os amg q eu gosto pra caralho, pizza e weed
tu deve ta puto,teu pai compro uma meiota e nem deixar, tu montar em cima — quem não ficaria?? https://t.co/57keid2gep
febre maldita estragou minha viagem
rt @user como eu ja dizia jongin bottom&gt;&gt; e se ficar puto é pior https://t.co/qgfalurnjz
eu tenho raiva de gente biscoiteira puta que pariu
agora to indo me mudar 🤩 pqp que preguiça
na moral meu pai tem um mau gosto q pqp estragou tudo a decoraçao q eu estava querendo
ter saudades de alguém é mt fodido
rt @user me resumiu https://t.co/eipdrgdakk
Vei conheci a pessoa esse ano, estamos ficando próximos e pqp ela mexe cmg de um jeito surreal, amo MT essa pessoa juro!! Isso é um problema pq sepa ela nem sente a msm coisa, triste realidade.
@user ai porra, sempre sonhei com esse, tem que sair #nowunited #mpn #uniters
não pode mas nem brincar, nesse caralho
kkkkkkkkkkkkkkkkkkkkkkk gente parem de zoar o macho branquinho q até ontem falava q feministas eram vadias
rt @user enfiem no cu as rivalidades que vcs criam desnecessariamente e apreciem essas imagens lindas https://t.co/fymhbqiuha
@user @user ô caralho
acordei com a minha mãe nos berro torcendo pra seleção fem de vôlei, pelo jeito vocês sofreram por aqui também hahahaha classificadas porra!
acho ridículo esse povo vendendo ingresso do arraiana véi na moral
rt @user eu sou feio, pobre, gordo, ansioso, inseguro, lerdinho, mermao, eu sou um merda
@user mano eu tenho inglês depois do horário agora tô muito puto
ganhamos porra crl
meu nome deveria deixar de ser carolina é passar ser a senhora arruma enrolação pqp
pessoa:como tu aprendeu a ser tão retardada? eu: https://t.co/st4fz4gmtd
tava ali na frente com os cara no solzinho trocando altas ideia, porra vim p baía ta uma friaca aqui dentro vsf 😣
rt @user pau no cu do lucas q me fez viciar naquele funk estranho dele kkkkk ooooo meu bom
rt @user mais retardada q eu, só duas de mim
tadinha tem síndrome de pau
rt @user singarro simpático fodasekkkkkk https://t.co/phfwsk0ypj
TO INDIGNADA COM ESSA MERDA, nenhuma mulher deveria ser tratada assim e ainda achar normal(??) pqp parece um cachorro no cio https://t.co/WZx1IrgRi6
@user EXATAMENTE! é assim mesmo que agem, pode ver que em toda discussão entre um sulista com um paulista/carioca/mineiro eles sempre apelam pra isso e são 100% homofobicos, infelizmente grande parte acha que só racismo é grave e deve ser considerado
@user @user @user , o telegram corrigindo a cara de pau da impresa brasileira, ao vivooo
@user meu deus, pinto apontadaxo po xéu
@user 😖 nem rola. melhor ficar quietinho na minha cervejinha msm kkkk
rt @user "ignora que gama" ata, se depender de mim a gente não se fala nunca mais eu em frescura atoa do caralho
a linha tênue entre ser legal, demonstrar q se importa com alguém e fazer papel de idiota pq a pessoa tá cagando pra ti
esse é o momento mais goals. sério. que casalzão da porra! https://t.co/ovqfopm3tw
mas o povo que votou neles gostam muito desses discursos até quando vocês vão demorar pra perceber isso?!
que frio é esse caralho
pqp que rolê
meu deus até o richard...........
@user @user eu não sei quem é mais chato o coach ou quem gosta de coach. puta que me pariu
@user kkkkkkk pqp olha onde eu vim te encontrar
@user @user @user eu tbm tinha qnd eu ia pros jogos fdp ;(
não to achando meu cabo pra carregar meu celular, q merda, que burro 🤦🏾‍♂️ só rindo mesmo de mim kkkkkkkkkk
@user lixo
@user kkkkkkk esse leite condensado e todo seu cretina 😍😘 tbm quero brigadeiro😋
o youtube imitando a vida fazendo a gente de palhaço
caralho esse tipo de pensamento é muito coisa de afetado kkkkkkkkk
sei lá essa viagem tem sido tão perfeita, quando eu chegar vou ficar triste viu pqp
@user vc n tá gordo, tá fraco😊
rt @user eu odeio me apegar as pessoas, a rotina de sempre tá junto, conversar, gastar, manias....a pessoa vai “embora” e eu fico…
@user @user Isso mesmo Leonardo, ele é um idiota falador de merda, mas montou uma puta equipe, e os resultados começam a aparecer.
rt @user que porra de nude, puxa uma música do pixote pra gente fazer um dueto
vai te toma no cu pinguinzada
rt @user carol condessa e igor ferraz n cansa de passar vergonha no insta n ? o cara acha q tem dinheiro pode falar mal e zoar…
rt @user nesse frio era só uma conchinha hein pqp
porra minha mãe fala demais tá doido
carai eu dormi umas 12 horas seguidas que coisa de gente imprestável
@user vendendo o cu
rt @user tadinho mano pqp cuspiram no cara https://t.co/etb8kl0wcd
@user pqp cineminha....
@user @user errado, esse escroto não merece a atenção do antagonista!!!!!
pqp sem palavras pros erros da macris kkkk #voleinaglobo #voleinosportv #voleifeminino
caralho to sensível https://t.co/8xgzg0dqd2
rt @user nossa a vic ta mt gostosa nessa foto, qisso https://t.co/ck2myz2wcz
@user carai manu, comêkipode?!
@user ai caralho não sei mais #nowunited #mpn
rt @user gente e esse jogo de vôlei? pqp! vamo brasil!!!!!! #voleinosportv2
caralho isabela deu mo cabeçada no meu nariz to sentindo cheiro de sangueee
tbm quero ser sua putinha @user 🙋❤️😍🌈
já tá dando vontade de roletar hj pqp
essa porra dessa musica me deixa muito mal mas to no repeat desde ontem
dieguinho é papatitulos pra caralho, campeão mais uma vez
mto brabo pqp
campos é a mãe nessa guerra, pqp
@user nossa verdade pqp kkkkk não tinha lembrado
@user vai porra
pra hoje vai rola a melhor forma🤔
rt @user eu: poxa pq será que ninguém se interessa por mim, serasi sou feia eu também: https://t.co/nalemsdlis
@user tá feio mesmo viu
eu seria uma péssima atriz não consigo fingir que algo não me incomoda sendo que incomoda sim pois minha cara já diz tudo
caralho vamo reaaaagiiirr se ficar jogando assim não vai ter olimpíada #voleinosportv https://t.co/vlarww3c3u
putinha do capô de fusca
putinha do capô de fusca kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
Economizem água :) Não disperdicem energia :) Separem o lixo em; orgânico e inorgânico :) Usem resto de verduras/legumes/frutas como adubo :) Plante uma árvore :) Faça uma horta em sua casa/condomínio :) Ajudem nosso planeta!!!!! Rt para que mais pessoas possam ver e agir
eu sei mt bem que n é novidade que as fãs coreanas são fdp, mas as vzs eu simplesmente n aguento mais e surto.
caralho que enjoo
A serio que vcs estão a dar hate nisto? É a MÃE dele, mesmo sangue, é completamente natural, e é um gesto íntimo e bonito, porra vcs são bue picuinhas, acalmem-se
vai tomar no seu cu caralho
@user tb a puta do riso delas é horrível, já te tinha dito mas a irmã ficou com pesadelos dessa merda durante uns anos ahaha
puta que pariu que clube gigante
quer ficar magra e bela? enfie o dedo na goela — vai dá meia hora de cú vai https://t.co/fmj3mkvxdc
ontem a gente começou uma brincadeira muito idiota: faz uma roda de 5 amigos, um começa virando um segundo, o seguinte dois segundos e assim vai. bateu 16s eu já não sabia mais o porquê de eu ter dado essa ideia MERDA
pqp já são 2hrs
como é q sai nesse frio se eu só tenho roupa de piriguete
@user Sempre q ela posta vira maior polemica, sera pq negra e gorda pq umas mina da midia postam coisas iguais e ate mais ousadas e vira "quebrou Internet" só.
crise alérgica fdp
moço geovanna é chata demais a menina passa 24/48h chamando meu nome tomar no cu rapaz
coisas lindas que eu vi hoje: índio metendo pau no cu de madeireiros, negão chutando a cabeça de racista.
nao vejoa hora de parar do lado de willian com calma hj beijar ele pq to com saudadiii e depois bater nesse filho da puta
caralho to mt gata😍
minha mãe viu esse vídeo e começou a me bater
porra tô passando mal p crlh que saco
até um tempo atrás tinha mania de ficar falando isso mas é ridiculo. geral ama pagar de favelada, mas usa como adjetivo ruim
ô judiação
que pt feio q eu dei viu
a porra da mulher vem atrás e milena ri . kkkkk fdp
amanhã tem bavi carai
pau no meu cuuuuuuu https://t.co/hvovaetvqq
@user @user @user @user Já bloqueei desde o primeiro tuíte canalha. Esse cidadão se esconde atrás da batina para militar em favor do mal.
@user eu tbm assisti no animax ai achava que tinha entendido pq era muito novo, ai vi de novo e não entendi, tu não é burra não é que ninguém entende essa porra mesmo pode perguntar pra qualquer um
@user @user Decisão acertada. No RJ a Ancine só fez lixo. E se fosse pra ser diferente, N teria vários grupos no RJ, Porta dos fundos e Parafernalha, podruzindo tanto lixo. #STFVergonhaNascional
@user bah depois os veganos q são chatos pqp
quero avançar pra caxias mas to aguardando o pronto do fdp do eugenio😤😤 mesquita e eu por conta já
@user anão o shadowban vem #mpn #nowunited
rt @user puta mordida na lingua vai tomar no cu
va tomar no cu eu quero um camelo
eu to mt “”””””””magra””””””””” de ruim pq to comendo igual uma vaca achando q n tem amanhã e n to engordando
mano eu fiz uma merda no meu cabelo, kkkkk pqp mano
rt @user mas se vc quiser me foder td dia eu deixo tmb https://t.co/xudah5hd33
queria ser um macaco pra escalar este homem árvore. https://t.co/juqctg23ko
mamaso gordo
rt @user la bombonera é um hit do caralho e qm disse q ta gravado d e s a n i m o
justo hoje decide chover e fazer um puta frio
inês é dmss
rt @user @user tmb tava com saudade de tu mano, pau quebrou pprt kakakaka
minha namorada chegou aqui e simplesmente foi dormir, mas eu tava com tanta saudade da bichinha que tô nem ligando de ficar só quietinha do lado dela deixando ela dormindo
@user @user que gente idiota!! proselitismo político em tudo!!
me responde na dm vagabunda (a mais linda aq risos) — ih kkkk https://t.co/csfcyytfrm
@user mário ficou tão puto q não quis assistir o último ep até o final
você é cu doce, admite vai https://t.co/rqh8klqmqe
Temos que defender quem nos defendeu com tanto garbo e honra. Não podemos tolerar esse tipo de insinuação contra os nosso heróis. Quando chamaram Sérgio Moro de chefe de quadrilha ninguém defendeu. Quando Bolsonaro disse que sabia como o pai dele tinha sumido, aí o mundo caiu.
@user @user @user @user @user @user Ue, eliminados o Corinthians na CdB esse ano. O Santos em 17. SP não passa nem pelo 🍴🍴🍴 na Liberta e quer zuar kkk Não ganham o Paulista desde 2005, até o Ituano já ganhou e o SP não kkk
@user eita carai nao moss kkkkk
fico indignado que aqui só tem role sertanejo, vai tomar no cu
Gente se vc tem vaca bote sino de vaca e se vc tem CABRA bote sino de CABRA!!! Meu vizinho está me confundindo 100% Eu acho que é vaca toda hora e e as cabras comendo as plantas de mainha
puta que pariu essa mina é capa de revista
espetáculo de caralho
Não entendo por que insistem em achar que sabem da realidade das coisas, da minha vida, as vezes minha vontade é de expor tudo aqui porém não devo santificação ao a puta nenhuma... rs
conheci um juiz que é amigo do moro, foi ridículo está noite kk
babi me mordeu ontem mane meu braço está todoooo dolorido pqp
me diz ai
@user kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk puta q pariu
essa vee é uma tremenda vaca #orangeisthenewblack
eu vo ter que mata a tim não vai te jeito....... bisho eles ativam pacote sem eu nem pedir sabe vai toma no cu
puts minha tia começou a gritar comigo aqui igual retardada minha vontade era gritar de volta mas fiz melhor e só fiquei quieta e deixei gritar sozinha igual doida
@user se foder pedrao, bagulho ridículo
@user parabéns piranha
rt @user meu deus mas o sulista nao presta nem pra dançar https://t.co/ostf7dm0x9
vai tomar no cu, amo demais samusica
meu insta saiu sozinho e eu não lembro nem e-mail e nem a senha puta que pariu
“Portanto, nada encobre a corrupção sistêmica, estrutural e institucionalizada que houve no Brasil.", declarou Barroso. Ministro Barroso fala sobre caso dos hackers: 'Há mais fofocas do que casos relevantes' | Vale do Paraíba e Região | G1 https://t.co/qgTYlUw7a6
mano o macaco da bola azul é o melhor vídeo do porta dos fundos
[3/8 12:51] xingling❤: primo lindo? [3/8 12:51] xingling❤: me da um pato? boa tarde
por isso me afasto, por isso corto laços, vínculos e a porra toda. arrependimento zero!
@user caralho meu deus sim
@user caralho kkkkkkkk me superou em kkkkkkk
ih porra
alecognição- 10 reais o palhaço e sua filha - 15 reais https://t.co/y1f31jzx4w
o spotify jogou um tal de eu sou o gabe, para que escutasse porra, é bad, é doentio e eu simplesmente adorei
@user @user @user pqp mano... aaa ngm merece
caraça, a beleza da sua namorada é de outro mundo,nmrl... — Ainda,brabona fala tu... Vagabundo Da Uma De Maluco, Pprt! https://t.co/VA6tXMznsu
caralho mano, tanta hora pra vir cliente e vem na hora q chego, ou na hora q tô fazendo algo importante tmnc
OPEN BAR + SHOW INÉDITO COM ANITA CARIOCA HOJE NA AFFINITA CLUB! - ▪SÁBADO 03/08 SEXY LADY IN RED - * SHOW INÉDITO COM A EX RONALDINHA ANITA CARIOCA - * VENHA VESTIDO DE VERMELHO E TENHA OPEN BAR DE RED LABEL ATÉ… https://t.co/PQSG3YNfEH
@user "8 dessas 10" só tem 9 porra kkkkkkkkkkkk
rt @user opa derrubei meu cu https://t.co/va3cyfsvbi
@user esse não controla o pinto mesmo. pqp... devia protagonizar "o salvador da pátria"...
saudades de ter tempo pra comer no ru 🙏 nem sei se ele vai existir ainda inclusive bolsonaro do caralho
rt @user pra vocês aí carai https://t.co/nnkdrch2xd
@user ele tem uma cervejaria e nem bebe, acho que cerveja nem rola kkkkkk
o amor a vida foi pra casa do caralho
rt @user a perfeição meu pai https://t.co/wmftltlbdx
doutor eu não me engano fdp é corinthiano, eu não sabia mais oq fazer mandei corinthiano e pra casa se fuder 😅
@user como que tu da um mole desse mlq? puta que pariu
eu tenho que explicar a @user porque eu gastei 300 reais em coisas de beleza e acessórios sem parecer uma consumista fdp sem dinheiro.
@user gata pra caralho ne
mano, esse tempo ta maravilhoso, vsf, vou la mercado e comprar chocolates e besteiras pra comer assistindo filme 🤭😍🎬
rt @user @user mudou pra caralho cmg mas eu ainda gosto mt, acho muito bonitinho, já conversei mt
rt @user *qualquer um entrando aqui em casa* o cachorro: eu vou cheirar o teu cu sim kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
essas meninas com pau são as mais lindas
@user so feia dms
OQ MINHA FAMÍLIA TEM CONTRA EU FICAR QUIETO NO MEU QUARTO FECHADO ?! caralho, vou pra rua beber e usar drogas Acho que eles ficam mais tranquilos assim
É muita cara de pau, n é o q diz a lei. Pq como vou saber se é verdade se o juiz e o procurador são corruptos. Mas se era sócio de escritório particular ocupando cargo público, o q esperar? Ética? Vergonha na cara? Imparcialidade? #sabadodetremurasdv #eticasóparainimigo
hoje eu to trabalhando movida pelo ódio quer menu? toma leva todos e enfia no cu
vo postar um print de nossas videochamadas de domingo aq
@user tu é muito desgraçado mlk kkkkkkkkkkkkk
dou importância pra coisas tão pequenas, aí tomo no cu
@user citam eles como exemplo de vida né... de país desenvolvido. meu cu po são ricos e nada mais. e pago pau nos esportes pra eles, só
rt @user minha boca na sua rola? https://t.co/kcw2vdcqvu
porra cada homem nojento que porra toma no cu
rt @user o palhaço it nao comia só crianças?! 🤔 https://t.co/xagwbjw0rr
rt @user a mara no final pqp que jogão meus amigos https://t.co/fporoaf47j
@user n aceita desculpa desse fodido n, se fez merda uma vez e aceitar de boas, é dar segunda chance pra fazer merda dnv
curtia de saber como é que ja ha gente com 12k de pontos na arena, ou ficam a usar o robo o dia todo, ou só apanham bots, puta que pariu
@user fala que vc tropeçou e caiu numa pica 10 vezes
só queria estar no rio ontem, show dos cara tudo. djonga, doka , chris os carai tudo
É ridículo cobrar o que deve ser espontâneo, mas é na esperança de mudar algo e a pessoa simplesmente te dar valor quando na verdade é pura perda de tempo e no fim sabemos que isso não vai mudar nunca até seguir o baile e aparecer alguém que faça o que o outro não faz
rt @user que tempo maravilhoso pqp
Só porque eu disse que a tomada de dois pinos dava pra enfiar um pino no cu e outro na buceta ela disse que ia me processar, que bicha tóxica. Kd a sororidade, mana?! Eu só dei uma dica de prazerrr
bela rola quero uma dessa
@user @user ai caralho #mpn #nowunited #uniters
quando me perguntam pq eu gosto de uma pretinha https://t.co/m4drrpsuxy
rt @user eu sou: ⚪️ gay ⚪️ hétero ⚪️ bi 🔘 muito feio
@user porra amo dmmmms
quanto de cu ce colocou ai?
rt @user meti no casado com m heheeh, deu pica no cu desse discaradinho https://t.co/rt4pbqbneb
eu vou desmaiar puta que me pariu meu coração n aguenta ok 💞💞💖💖💕💕
a burra aqui foi pesquisar fanart de As Crônicas dos Kane e tomou spoiler sobre Anubis e eu acho que agr ele é o par romantico da sadie meu deus ANUBIS NAO É UM DEUS?????? EXCUSE ME E ESSE ANUBIS É IGUAL AO MENINO PÁLIDO Q ELE VÊ NO DUAT TODA HORA MANO EU TO- ANÚBIS PORRA
rt @user a esquerda tá rindo da nossa cara!!! prestem atenção: nacional ñ s escreve c "sc"!!!!! https://t.co/r2t315nvwy
kkkkkkkkkkkkkkkkkkkkk to passando mal ideia
acho feio demaisss na bunda
@user @user "toda sensual acariciando o pau na vdd to lavando" kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
@user porra kkkkkkkkkk
ultimamente tão sensível pqp chorando por tudo
@user ta ca porra é um livro é
rt @user ai paula puta que pariu
olha q fdp linda
porra hj desabafei legal com o robinho só quem tá com nós desde lá de baixo sabe o que nós já passou ...
rt @user “tudo q é seu volta pra vc” acredito pra caralho nessa porra !!!!!!!!!!!!!!
home não é verdade, de novo os mesmo verme
@user a cara de agonia da garota. mano?????? macho tem que se fuder mesmo pqp
são paulo achou petróleo nessa porra? tá loco
@user kkkkkkkkkkk vsf mas sim quero
kkkkkkkkk deus tarda mas n falha
Conta como sua ex era maluca, mas conta como você fudeu o psicológico dela também. Conta como ela era problemática, desconfiada, mas também conta das suas mentiras, traições, humilhações. Vcs adoram falar de ex chata, mas não falam do lixo que vocês são. https://t.co/AA7pcgGQci
@user o guilherme porra kkkkkkkkkkkkkkk
esse bagulho de “sco pa tu manaa” tá chatão já, tnc
consideração é aquilo que as pessoas enfia no cu ?
acabou porraaaaaaaa aqui é brasil porraaa partiu japão caralho #voleinaglobo
meu padrasto é o cúmulo do ridículo
pq eu queria um bb?
minha sobrinha abriu e porta do quarto me olhou e disse "safado" pqp q engraçado, namoral kkkkkkkkk
uma palhaçada ter que contribuir obrigatoriamente para o sindicato, vão toma no cu
tô gordo
aqui é brasil porra!! a gente se vê em tóquio caralhoooo #voleinaglobo
@user retardado msm.
@user gnt da rt nessa caralha caralho #mpn #nowunited #uniters
rt @user essas sapatao emocionada eh foda ne era só oq me faltava msm
todos que eu convido pro meu aniver eu mando trazer presente, bem feia hahahahahahah
@user tá na hora de voltar mesmo kskskksks. vlw puto
@user Que lixo, vocês estão pagando quanto desta vez???? #STFVergonhaNascional Ou estão testando essa ideia incrível do freixo??? 👇👇👇 https://t.co/K0uxdQNm2r
Ah véi, vou comprar um leãozinho e um terreno inteiro pra ter ele, aí compro umas zebra e uns viado pra ele caçar lá dentro
ele ficou mais puto por saber q tava geral cantando junto, aqui é nós n é a gente
famoso juntar uma galera e bater até virar gente
quem não for na covil hj é feia
e eu que nem lembrava da votação puta merda pessima stan eu #mpn #nowunited #marinaruybarbosa #uniters
esse povo do ctb é muito cara de pau kkkkkkkkkk, tenho pavor
rt @user @user música cara, essa porra não sai da minha cabeça kkkkkkk
sou mt burro pq não penso nas coisas???pq deixo pra pensar dps que passou vsf
vão se foder po
rt @user nao se esqueça , amigo é o caralho ..
rt @user se fosse mulher feia tava tudo certo, mulher bonita mexe com meu coração
rt @user música feia dessas 🥵😝 https://t.co/kaelvg2p6m
to c fogo no cu de ir no lolla esse ano porem n sei se consigo juntar dinheiro ate la
rt @user um trecho da música da normani caralho eu vou ter um treco abençoa esse hino meu paih https://t.co/95lzyu3bct
@user pqp vc é perfeita kkkkkkkkkkkkk
amei kkkkkkkk
@user começou o fogo no cu
porra rinite custa colaborar cmg???? da pra vc nao atacar no meio do restaurante krl https://t.co/9qgzwiccvc
rt @user tira a natália de quadra porraaaaaa bicho burro do caralho
@user ai meu cu, tô ansiosa
@user @user @user @user ei pau no cu
rt @user oh ficam a falar dos pretos em portimao mas porra eles tem mais dinheiro que vcs hahahahhaah
a única tinta amarela possível bando de desocupado vá estudar
frio dms pra roupa que eu queria usar, af vsf
@user fdp kkkkkk
meu deus eu tenho tanto dever pra fazer pqp, vou começar quando voltar da caminhada
saudades apanhar a puta
@user @user @user @user cara nem lembrava mais da evangélica, pqp quanto tempo
Se ele ta fazendo isso pra provocar ele vai se fuder, se tiver fazendo isso achando que vou chegar nele eu sinto em lhe informar que não vou gato, então para que ta feio nego
@user manda essa porra aí pra mim que pedi e ninguém me mandou
o menino mais idiota do mundo
@user hahahahahahahahahahaha!!! olha quem fala!!!! vá se enxergar, pilantra!
rt @user uma vez eu vi uma garota falar que não achava o kyung sexy, mano??? eu vejo essa fancam e meu pau bate na testa https://t…
@user @user porra muito chata mané , não tem oq fazer não diabo
pq isso me faz me sentir ridículo, um idiota. e isso não é verdade.
@user neguinho tá cansado de apanhar e baixar a cabeça
mano só posso está com encosto viu pra esses demônios ficarem criando história de mim. que inferno é mano vão tomar no meio do cu
@user é aquele ditado piranha não sente frio nas pernas
que ódio de ficar sem celular vsf
rt @user toda vez que eu vejo alguém escrevendo "garotx" eu tenho vontade de gritar filho da puta x não é pronome neutro para de usar…
rt @user ninguem nunca pensa em mim antes de fazer porra nenhuma e eu sempre coloco todo mundo na minha frente pq sempre penso em g…
rt @user af velho sla eu sou mt nojenta queria nunca ter nascido nessa porra
porra saudades dos meus irmãos 22 mane 😭😭😇
@user q beleza pedro?tu é feio porra
deu tempo pra chegar e quase morrer do coração com o último set estamos nas olimpíadas, porra!!!
minha vida escolar tá um cu e a de vocês? https://t.co/llq6lnrdcz
tava brocado fui no subway do posto tava fechado vai tomar no cu
bicha ressaca do carai e eu na aula exalando cheiro de cachaça
vôlei feminino é foda né, pqp, só vem tóquio
eu achando q o jogo do vasco era hj tnc kk
truco tinha q se ensinado para criança na escola, puta jogo daora
rt @user tá carai https://t.co/sgfg17tref
essa cidade maldita não tem nada pra pessoa fazer
pos semana de aula mais chata pqp quero beberrrrr
mas que caralho de dis estressante da poha
@user o seu sem noção do caralho, se você acha isso o problema é seu, eu não acho e pronto, ninguém aqui pediu tua opinião porra, e se fosse pra dar tua opinião, que desse falando direito.
rt @user ai deve ser muito bom ser minha inimiga e poder me chamar de feia, burra, pobre e chata
esse momento é nosso porra #voleinaglobo https://t.co/yzvomsp0ih
https://t.co/b46nhfheqk genuíno hahahahhaha. depois se diz feminista.… — o que tem a ver o cu com as calças? https://t.co/9rorjpqs9p
calcinha de vó e boxer maiores e melhores
to com um sono desgraçado
@user feia msm
vou logo fazer o bofe dá um pal em uma eo da outra também fica nessa msm tmnc.
adorei kkkkkkkkk
rt @user maldita torcida única. https://t.co/3qb1gkffbo
@user caraca vc é tão engraçado estou morrendo de rir aqui seu palhaço
eu to virando uma piranha
@user pelo menos tá lavando o pinto podia ser pior e não lavar
@user não tem como você ficar feio!
Eu na cama e ele na sala a mandar fotos da piça, "mostra-me a tua xaroca quero comer a tua xaroca" faz te um homem porco de merda https://t.co/6GVEo4VIri
classificamos porra caralhoo
caralho gostosa la vai piroca...
rt @user garoto babaca da sala: *respira* eu e minha amiga: https://t.co/3o7kg54zyp
Mamando o mlk maconheiro ! Uma rola bonita e macia .... transamos até na rua , mas o carro da polícia passou , um susto kkkkkk ! @user @user https://t.co/z0OT2Iq3hW
rt @user @user pqp same
kakakakakakkakaka vsf que pisada
@user @user ignora o cara irmão, ele apesar de tudo ainda é uma criança. n sabe lidar direito com critica, o cara do exército foi mt babaca de todo jeito, o nicks só n se expressou bem, era mt pressão em cima do mlk, um país inteiro, só de ele chegar la já deveria ter sido ótimo.
@user pau no cu dele, vc é um anjo merece amor
@user É "homem" que tem a necessidade de fazer isso pq não é "Homem" o suficiente pra ser amado por uma mulher, exatamente por ser um bosta, machista e escroto. Então pra mostrar sua masculinidade idiota e tentar ocultar o quão é mal amado, faz essas nojeiras, que só nos dão nojo.
essa noite eu tive um sonho péssimo, acordei triste pra caralho com isso
@user @user paulo é meu saco, cara de rato do caralho
fdp do neto vem bater na minha porta 06:30 p pegar cachaça
rt @user neguinho da beija-flor explica fim da amizade com ex-presidente lula: 'nunca mais' https://t.co/tqg0mjoivh
tem gente que gosta d provocar pqp
@user @user não meu querido, vc me mandou ir se foder! e se eu desse também ? qual o problema ?
Comédia é rever postagens minions acusando a gente de mimi quando Marco Antônio Villa, Mirian Leitão, Reinaldo Azevedo, Veja, Globo desciam o cacete na imagem de Lula e Dilma. Era só isso mesmo que eu queria dizer.
@user e tem como a senhora ficar feia?
Não sei no que fim deu, se boatos eram falsos ou verdadeiros, porém conseguiam acabar com a carreira do menino antes mesmo de começar. Also bonito pra caralho,canta, dança bem e creio que seria um grande concorrente pra Yohan e Wooseok. Porém né.... https://t.co/pr7gTOdUR1
rt @user maldita mania de se importar demais com quem não se importa com a gente e não estar nem aí pra quem tá bem aí pra gente
rt @user tem hrs que fico querendo fazer mil coisas ao mesmo tempo e acabo não fazendo nada pq não sei por onde começar ! pqp
dei o cu pra minha namorada e olha o que aconteceu!!! (comeu???)
ter um pau assim é um dom e uma maldição
rt @user @user kkkkkk tô puta
rt @user @user vtnc
yuri e ennio sao pica jogam p crl
@user @user @user Que feio chamar uma pessoa de burra por ter uma opinião diferente da sua! Ela pode estar errada mas vc perde a credibilidade com chingamento de qui tá série! Ganhas mais se for aparar está barba! Paulo tá um gato!
esse tempo tá feio dms mas eu amo
fora fora fora porra #voleinaglobo
vai tomar no cu eu amo loona demais ru to mt teiste que saco elas sao a minha vida https://t.co/rd7mpgg2sp
mds minha avó e meu irmão tá guerreando véi kkkkkkkkk eles tão discutindo feio mds
@user @user @user Naquela Época E o Senhor Marcos Assunção Saiu E Foi Pro Santos E o Senhor Hernan Barcos Também Saiu E Foi Pro Grêmio E Deixaram Agente @user Na Mão Na Quela Época Porque O Lixo Em Formato De Gente Hipócrita Invejoso José Ferreira Neto Com A Raiva Ódio E Inveja
@user mates ,gordo borracho
sinceramente supervia vai tomar no cu 30 amos pra vir um trem
caralho acorda nao precisa se esconder e nem ter medo
puta que pariu bahia, puta que pariu! 😍
a pessoa faz merda, você fica puta de raiva, e quem é a culpada e você
eu tenho nojo desses meninos, mas não vou ser mal educada. por mim mandava todos pra puta que pariu
rt @user é foda achar macho decente, dai as mina que eu gosto são hetero tnc https://t.co/63z6bmdfeq
rt @user @user @user no lixo está o pinguço preso... feiosa
só da pessoa achar que o sotaque dela é o centro do brasil portanto só pode significar que quem tem sotaque é ''o outro e não eu'' já mostra que a pessoa é arrombada no último nível reflita
@user @user @user mana kkkkkkkkkkkkkkkkk com o cú na mão, mas estamos ai
sensação horrível puta merda
tá um friozinho de puta gostoso
27.06.2019 Carlos Farinha diretor adjunto da PJ diz que Portugal está a usar a informação recolhida por @user 16.07.2019 @user questiona como é que 9 países já estão a usar as informações recolhidas por Rui Pinto e porque Portugal não o quer fazer #FreeRuiPinto https://t.co/fGLbNRTDE9
por que casal de sapatão é sempre tão lindo?????????
@user é de cair o cu da bunda
sou feio no instagram e pior pessoalmente. 🤦🏻‍♂️😔
to mt brava so porque vo na festa hj meu cabelo acordo mais feio que sei la o q vo te que lava ele dnv e depois faze chapinha
@user escroto dms
hoje é dia da chatinha,será que vai rola o almoço 🤣😍 @user
caralho feio eu faço umas escolhas que só por deus
a verdade é que a gente só toma no cu tentando ajudar os outros
rt @user esse novinho é profissional em mamar rola https://t.co/drktaazjm8
tudo é falra vai tomar no cu caralho meu deus q juiz insuportável que jogo insuportável q dia horrível p se viver e ser vitória
puta merda pq o povo acha que é legal falar no telefone?
E morre a fauna e não se ouve O sabiá cantando! E morre a flora e não se vê A flor desabrochando! E não se escuta mais o ronco Daquela cascata! É o fim da água, é o fim da vida, Nêgo tá matando a mata! (Arnaud Rodrigues )
@user @user @user @user "essa gorda de merda da me 5 e ao rego 10 fdppppp ade se fuder zé"
vou conseguir beijar esse hetero esse ano ainda! to apaixonado porra
maldito seja o fdp que liga a rotação do meu celular
mano, surgem vídeos de pitas de 15 anos a fumar canhões e a fazer figuras tristes na net e vocês ainda tentam dar uma de justiceiros tipo "lOl VoCêS tAmBéM fAzIm x E y, dEiXeM A mOçA" parem caralho, chamem mas é a fucking segurança social
puta merda todas, só tem hino ai caralho meu deus do céu minhas favs da vida
rt @user 229. de jota pérola para sr kim. https://t.co/naloo4jjjl
o pessoal pedindo a meia do gusttavo e ele respondeu " tirar minha meia ? não pode, pense no pé feio é o meu, puta que pariu. " ainda bem que ele sabe 😂
rt @user vai tomar no cu, eu to cansadaaaaaaaaaaaaaaaaaaaaa
@user @user porra sim
O que essa direção do Bahia está fazendo é o meu sonho pro Santos: um clube de futebol que se preocupa com a sociedade. Que gestão do caralho 👏🏻👏🏻👏🏻👏🏻
És bue magro Nao te dao comida em casa Se vem o vento desapareces Se fosses mais gordo Tens de comer mais Entra num ginasio So precisavas de engordar uma becka Come comida como comes gajas VAO PO CARALHO FILHOS DA PUTA https://t.co/TfFLRzJydU
mano pqp minha namorada me estressa tanto mais tanto que acho que vou pular da janela! obs: pena que não é alta a janela affs!
o jinyoung lendo a carta da mãe do seunghun pq o seunghun ta chorando demais pra ler mas aí o baejin começa a chorar também vai se foder
toda vez que eu vejo alguém falando que porno e estupro eu fico puto
se algum dia falei q eu n gostava de série eu retiro oq eu disse to viciado porra
coloquei um sectio aurea pra toca no gaia ontem q pqp melhor som q rolo no role
@user @user @user @user sentiu pra caralho
meu deus pq eu fiquei c ouvido na caixa de som caralho, ouvido tá só zunindo q merda
@user @user achei que era o anúncio do juanfran pqp
@user @user @user Empatia é tudo, mesmo que nao seja recíproco acho que devemos respeitar os sentimentos dos outros e nao tratar tal como lixo sendo um lixo. Apenas ser sincero ta ótimo, nao deixa a pessoa chegar a esse ponto.
tá porra , vôlei tá pegando fogo , brasil é bem dms
ngm tem ideia do tanto que to mal, o tanto q sofro com isso pqp
dá um ódio quando vejo nego cantando "norte sul desse país" vai tomar no cu
rt @user estava evitando gente feia, mas onde eu vou, eu tô.
@user você sabe que eu te adoro.
rt @user anda foder cmg
@user porra queria que ele fodesse cmg mano olha beleza desse filho da puta quero ter 20 vilhos com esse homem n pera filho nao
meu namorado é lindo e joga mt vsf perfeição
aí q ódio eu sou muito idiota
@user fdp kkkkkkkkkkk, respeita que se é da família ser doido cê também é, palhaçooo
@user @user foda é tu ver a oas comemorando já que o gremio nem estádio tem. mas é muito burro!
@user @user sua cara é essa q aparece na foto? é muito feio....clarisse tem cura kkk já seu caso....
@user ue o caralho spamando meme
é um dinheiro que vai entrar mas mesmo assim aimda tem torcedor retardado reclamando, vntc
rt @user mano mo trampo pra quebra um ovo, aprende a quebra ovo carai https://t.co/hmikbgwqsr
acordei com um culto desgraçado as 8h da manhã, mano pra que a necessidade de gemer tanto no microfone????
continua sendo escrava... do pt
caralho as meninas começam jogando bem pra caralgo e caem e aí melhora um pouco aí vai p tie break e só jesus no coração agora #voleinaglobo
tem muito tempo q eu nao me peso mas se eu tiver com o mesmo peso eu dou o cu de tao feliz q eu vou ficar
rt @user pq q eu sou tão feia hein?
rt @user gente desculpa não eh todo sulista que eh assim https://t.co/4p6l3sf0fj
vou ter que explicar 1000 vezes p minha mãe que peixe não se come com arroz, feijão e pá. peixe eh só pra tirar gosto porra
rt @user "mumuzinho/fulminante" eu: https://t.co/e5ok09eyte
jogo dos carai
rt @user qualquer sinal de estresse:a meus hormônios: bora encher de espinha nessa porra
@user lixo
silencio a android fã surtou
putz e aquele viadinho que falou que ia me pagar em fevereiro e ate agora nada meu pai amado
acordei planejando roles e do nada tô indo dormir em alter mas que caralho
ficar arrumando treta sem sentido contra mulheres ou homens não vai mudar porra nenhuma na realidade, só digo isso boa tarde
@user @user pqp so vem
o IBGE ta ratiando já deveriam ter feito um consenso entre as mulheres pra saber de que modo tem que chamar essa porra https://t.co/VCiDPYiyhE
13:03:33 Dani: O Heitor veio para nos aproximarmos e cuidar um do outro. Sempre que precisar, eu estarei aqui para te ajudar. 🥰😍 13:06:04 Su: Eu tbm penso dessa forma, que ele veio para unir a familia 13:06:11 Su: Obrigada neguinha 13:06:18 Su: Te amo muitooo ♥️♥️♥️♥️♥️♥️♥️♥️
ridículo mulher que rebaixa outra só pra se sentir melhor. a mina tá gata e vcs nessa,vergonhoso
caralho mano se eu falar mal de mim n eh pra ficar flando q eu so dramático, porra
aqui é brasil krlh!!!! puta que pariu!! agora é tóquio porraaaa
o cara manda 300 mensagens todo dia, aí manda a 301 achando q ainda vou responder puta que me pariu ein
@user sapequinha peituda kkkkkkkkkkkkkk tomar no cu porra tenho nem peito eh mole
@user sou meio doido, falo "ban dia" e "olá amigo" igual o cara do pica-pau que fala "eu ouvi pipoca?"
os senadores tem poder para entrega título de juiz no STF os senadores tem poder para retirar de juiz do STF senadores conserta a merda que vcs fizeram ao entregar o título de juiz ao STF a pessoas totalmente despreparadas os senadores vcs colocando todo judiciário ao ridículo https://t.co/8UH7LWpcbi
jicuca é um bicho chato pra caralho, bom dia. https://t.co/vozt1woltn
eu lembro quando a pérola era tímida e quieta, eu criei um monstro
@user que dor velho pqp
boaaaaaaaaaaaaaaa @user respect.
rt @user @user anão lu kkkkkkkkkkkkkkkkkkkkk pq não gritou 😂
caralho eu odeio ser mulher, odeio menstruar, sentir cólica, odeioooo!!!!!!
finalmente hoje consegui fazer um feijão temperado boca de se fuder, obrigado pelos mimos canais de receita 😻
foda sair nesse frio mas ainda bem que eu so piranha e nao sinto frio
puto e bolado 😡
tempo maldito pra quem não tem ninguém.
@user @user @user @user @user @user fofocada.... kkkkkk
só queria ver filme o dia inteiro hoje mas o caralho do wifi n tá pegando q vida de corno
puta que pariu simmmm!!!! kkkkkkkkk
o vídeo ficou mais perfeito ainda.
homem: nossa você é muito linda parece um anjo tô apaixonado quer ficar comigo 😍 mulher: quero não vlw homem: você nem é isso tudo sua escrota nojenta puta vagabunda eu nem queria tanto ficar com você mesmo sua piranha arrombada para de se achar sua vadia fudida rodada🤬
rt @user caraio era piada o bagulho mano os cara tao em choque ta loco processa o jurinha porra https://t.co/oupt53rmji
@user puts sim??? como o povo baba ovo dele, é feio chato quem aguenta pqp
rt @user vai na sunset sábado? — porra de sunset mlk https://t.co/2xcy0h9fhn
Quando a gente recebe o nude do professor do Crossfit! Ta de parabéns heim! 👏🏻👏🏻👏🏻 #nudestour #crossfit #rola #tesao #gay @user @user @user @user @user https://t.co/bmTV4sZ45m
cada dia que passa o banco do brasil me dá mais dor de cabeça vai tomar no cu
toda hora um fdp fica me ligando
come carregador come fecho das minhas mochilas/bolsa, come meus absorvente, calcinha, escova e agora ela acabou de comer os dois miojo que comprei tnc chegahhhh
@user oi pérola
@user continuo achando o máximo o look de “caralho é verdade tinha compromisso hoje”.
quem fez esse vídeo tá de para béns
que frio que está na rua, pqp
kjkkkkkkkkkkkkkkkkk tô passando mal vei
saudade do que a gente não viveu ainda
@user tira os pelos e a alma pq pqp emh q dor
@user sai pra la sua retardada
eu quero isto please
tnc kk to na mesa com minha mãe e minha vó 🤦🏻‍♂️🤦🏻‍♂️ https://t.co/aag5kbct8w
mano meu twitter bugou e apagou minha foto com o goblin slayer caralho to triste demais vo chora
@user só vamo carai!!
porra so vou pro outro hospital fazer outras analises na segunda 💔
@user pqp pqp pqp
li um texto agora que porra foi um tapa sem mão
so queria ir pra tc porra
rt @user odeio me arrepender das coisas e isso raramente acontece pq gosto de ter experiências, mas puta que pariu, que sensaçã…
caralho que meu corpo tá doendo todinho, eu tô com uma puta olheira e não tô conseguindo comer porra nenhuma de tanto nervoso
quem faz um fake em pleno 2019?? pqp
rt @user eu sou feia pra crlh ,insuficiente pra crlh ,inutil tbm ...
respeitaaaa caralho #voleinaglobo
kkkkkkkkkkkkkkkkk tô boba demais pqp
mano eu sou burra nível absurdo pqp
a cólica que eu to puta merda
To vendo gente decepcionada pelo comentário e gente... é o Josh, aquele que recolhe florzinhas na caminhada, que procura a porra do último morango na Índia, que dá ursinho com o perfume dele, aquele que valoriza mais coisas reais do que texto na internet. A maior cadela ali é ele https://t.co/5ym72mQGr9
@user kkkkkkkkkkkkkkkkkkk a vida tem dessas a bixa era gata não ia negar
meu primo pode ser chato p caralho mas dps disso eu vou defender ele sempre
menstruação veio e nunca mais foi embora, porra
eu não acredito que eu fiz print e enviei pra mesma pessoa, o menino deve estar achando que eu sou retardada agora
buceta pra q se n tem #ele pra chupar
eu amo esse video pqp
caralho o pai torturou a filha de 6 anos durante 7 MESES, até ela morrer. vocês não têm noção de como isso me deixa revoltada, eu não consigo entender de jeito nenhum
não dá kkkkkkkkkkkk
ai gente meu preto pqp q homem lindo do crlh
@user Vai ficar feio mesmo quando a Reforma da Previdência passar de vez. Aí, o resto da "direita na economia" vai-se aliar de vez com a centro-esquerda para derrubar o Governo.
É SANGUE NO OLHO! Dando carrinho, dando porrada, o Coringão não pode perder por nada! DERBY PAULISTA | MOTIVACIONAL: https://t.co/iqUvhkOTA9 #VaiCorinthians #UmSóCorinthians https://t.co/6mBLAlfyvb
rt @user ficar bem nas fotos p mim é um desafio porque sou mtt feia https://t.co/y5iy0xwmty
rt @user fdp fui la ver se tinhas mesmo uma ventoinha https://t.co/j4jmtygr00
@user Pq o Zé tem essa de oposta fixa por anos na seleção que era Sheila e Tandara e ele não querendo perder um talento mudou a menina de posição igual agora quer fazer com Tandara. É de chorar com o cu quente no asfalto
puta merda eu sou um porreeeeeeeeee
como um ser tão esperto quanto o loki conseguiu ser tão burro igual foi em infinity war???? eu não aceito isso
Qual a fanbase mais nojenta e pq swifts? Os mais baixos que quando ataca os outros é por dependencia, por aparência e agora tb por classe social e preconceito linguístico... esses bolsominions tem que morrer
@user bicho eu tentei mas n rola nada a interação é mt difícil, eles são super abertos mas tipo n tem nada em comum e da pra ver que ela n quer
@user jogo pay-to-win do caralho, me estressa mas não tem como ficar sem
@user @user @user @user @user @user @user aí sim! bem feito, fdp!!!!
@user @user secou a teta né, onde por muitos anos o senhor e sua corja roubavam do povo brasileiro. Tenta brincar com o povo, o senhor verás do que somos capazes. A Venezuela é logo ali, se não está satisfeito.
na moral nao participa de follow trick se vc ta la so pra ganhar seguidor e n seguir nenhuma contakkkkkkkkk eh feio
só tenho nojo e mais nojo por isso que não pego isso sozinha nem a pau
@user @user Onde Lula está, só entra comunista petista. Ali sim, é deposito de lixo, seu dia está chegando e até 2022, todos os petistas estarão na mesma lixeira. 🔫🔫🔫
apanhar a puta com melancia, que sonho
o inferno deve ser eu fazer compras com a minha veia pqp mulher enrolada do caralho tnc
rt @user buceta pra q se n tem #ele pra chupar
rt @user sco pa tu mana eh minha rola vai toma no cu todo dia mrm coisa no tt
bicho que DESGRAÇA toda vez que eu faço qualquer coisa a minha mãe vem com uma enxurrada de negatividade puta que pariu vai cair a sua boca n ser uma cuzona chata do caralho SEMPRE? vai de fuder
é incrível como umas coisinha idiota consegue acabar 100% com o meu dia
não, continuo seguindo ❤😌 (aí gente vcs faz cada pergunta que pqp)
meu cu esse jogo do brasil
Cada vez que eu lembro que a Amazônia tá sob responsabilidade de um completo idiota eu aumento em 27% minha chance de infarto antes dos 30 anos
eu descobri que sou sentimental pra carai
o dia já começa cmg e o lenin falando q um é mais feio q o outro
vontade de foder até morrer
@user vinte e dois pqp #mpn #nowunited #uniters
@user @user arruma nada, essa guerra é falida, a legalização é questão de tempo, pau no cu de quem n gosta #legalizejá
eu telefone ta surtadão, mexendo sozinho tnc😡
eu passei metade do ano pensando em rever os meus amigo e chega no dia eu consigo ser um lixo que nem levanta da cama
surreal isso cata, como o pai consegue matar a própria filha a paulada????? sem coração nenhum, tem q morrer um ser lixo desse
ah droga, agora eu quero um pão de queijo
puta merda eu só queria sair de casa hoje
já acordo sendo escrota tnc
@user bando de pau no cu
rt @user yoongi é muito gostoso mesmo né? pqp que homem cheio de talentos 😏 https://t.co/yibfih0eok
puta que pariu, gente, eu realmente não aguento mais ingerir nada. eu almocei como se não tivesse me alimentado por uns 3 dias
rt @user @user @user poxa sempre escrevi "xing-ling"
rt @user porraaaaa é por isso que as pessoas se matam!!!! deixa a garota usar o que ela quiser caralhooooo https://t.co/arggmtuvyh
pq tanto madridista me segue pqp
@user isabela eh consehui caralho mano
@user caraí adoro cheiro de rola.
Hoje é dia de cocaína vencida, maconha de 1kg, Derby, dar tapa na cara de policial, queimar igrejas, beijar mendigos, pode vir pão careca o São Jorge tá com a espada. MEIO ADVOGADO NESSA PORRA!
rt @user @user cadê o dinheiro , vc é caloteiro fdp
@user to surtando já pqp kkkkkkkkkkkkk
preocupado pra crl com o meu pai pqp 🤦🏾‍♂️
aki os fatos
eu só queria um squad assim
@user você não é padre. vc é um mau caráter usando a religião parafrasear política defensora de bandidos.
incrível minha habilidade de fazer merda e ser idiota https://t.co/ixjpvfygae
@user c tá de zoas fdp kkk
rt @user porra gastar papel pra isso???? era só criar um tt https://t.co/nja0nyyd3v
que energia mais punk, pqp
“eu grávida de 5 meses e ele veio para lisboa foder uma gaija”
@user @user vai se foder pra la esse “inhonho 2 a missão”!!! porque todo inhonho chora?????
@user que raciocínio brilhante...parabéns... kkkkkkkkkkkkkkkk, rapaz deram vozes aos lunáticos puta que o pariu!!!
porra o mlk do 3º é muito lindo 😔🙏🏻
querido, engraçado, carinhoso, lindo e ainda cozinha bem pra carai, mas assim como a mega sena, é difícil de ganhar esse bb aqui kkkkkkk
@user que locurada mano pqp
mano minha irmã tem 13 anos e sai mais que eu, ontem ela pediu pra ir no shopping com as amigas e advinha só? ela vai! que merda véi, eu de 15 não posso ir na esquina sozinha, a bixa já dormiu até em chácara sozinha, isso me revolta cbls
que porra é essa ,parece que ela ta pegando é um derrame
o q eh a friagem desse fds pqp
@user caralho,colocar pato ai chega a ser engraçado kkkkk
@user esse menino comenta no tweet de todo mundo pqp kkkkkkkk
correr atrás de td smp qnd ngm quer nada com porra nenhuma
TEM COISAS ... "Que só um NEGÃO pode fazer pelo seu cu. #SINDICATODOSDIVULGADORES @user @user @user @user @user @user @user @user @user @user @user @user Apoio: @user https://t.co/GFBMhCWHxi
pires é fodido fds mais um
não sei se compro uma calça ou vou com a roupa q comprei msm, porra q tempo feio acabou com meu look
o sujo falando do mal lavado
@user ahhhh é k.o que fazem isso contigo pqp, já vi gente burra mas essa ..
vo no circo hj espero q valha a pena pq pqp tá mais caro q o celular q quero
puta merda, meu namo parece um deus
@user n aceita desculpa desse fodido n, se fez merda uma vez é dar segunda chance pra fazer merda dnv
o sistema de imigração americano é muito fodido e oitnb retratou claramente isso
@user Gorda, diva e varias coleções de rolê na Europa meu amor. E tu que? O máximo que tu consegue é pegar o Uber na promoção. - Diga isso a eles
@user como tem gente fdp né
@user novasss, fritamos igual uns fdp ekksksksk
anão ou,vou fingir q essas bad não e comigo
@user @user kkkkkkk linda e conservadora, já @user feia e de esquerda hauhauhua.
se fosse mulher feia tava tudo certo, mulher bonita mexe com meu coração.
tem uns caras tão insistentes no fb meu deussss, saio dando block em todos pqp
rt @user que caralho de gente chata mano tomar no cu o são paulo não vai anunciar o juanfran agora com um milhão de jogo acontecendo
@user a única coisa "ruim" do vídeo é a aflição se ele vai conseguir abrir ou não a porta. eu ficando nervoso: meu deus o trem vai simbora e ele não abre pra dar esse cacete
@user é uma porra né pq não libera pra todo mundo???? as japonesas que tão ouvindo
como tem gente que e idiota ..... meu deeeeeeus quero me taca da janela se um dia ele for educado .... 😝🌸
vei eu sou tao feia
as pessoas: vai pro inferno eu: não precisa, eu já vivo em um que se chama stm, quente para caralho🔥
minha namorada é perfeita demais, que mulher gostosa da porra, e aquela voz? me derreto todo quando escuto, linda dos pés a cabeça eu sou o maior fã da minha mina, sou muito apaixonado nela
rt @user não sei se gostei mais da surra ou da música no vídeo https://t.co/uttd1fhxof
eu amo tanto ele que inferno pago mt pau msm https://t.co/yjufqccku5
rt @user o jimin de pau duro, esse é o tweet https://t.co/3gi8lkpyxw
ensinei minha sobrinha a usar figurinha no whats, agora ela n para mais de mandar esse caralho
o tipo de lomotif que eu quero fazer final do ano
@user vai torrar a grana hj, desce gelo, é essa porra mermo
maltinha é abrirem o link e meter like, bora bora bora
que anormal do caralho
um dia conto-te o amor que sinto por ti meu puto. ❤️ https://t.co/ehpkc5bngr
@user meu sonho porra
como que a menina vai pra escola parecendo a lauren jauregui vei vsf
@user tem que dar apoio ao "gil" que sofreu racismo, isso sim que deveriam fazer seus arrombado!
ela q hackeou o meu tt e escreveu isso (inclusive eu queria morrer assim)
recebi hoje to igual pinto no lixooo
rt @user @user aí você me quebra, neguinha 🥺❤️
dia 10 pau vai quebrar não tem jeito
Gente agora é sério, pq só comigo que não acontece de eu gostar da pessoa pra caralho e ela gostar de mim pra caralho???? Oq eu tenho de errado vsfdddd
rt @user como eu nunca vi esse vídeo na minha vida, pqp jongdae bêbado é o auge da fofura https://t.co/8pmzbfjxor
eu mando umas fts pra cayla que puta merda
ver um fdp se fudendo é o vídeo mais satisfatório q existe
cara insuportável, dava logo um murro na cara desse idiota
eu amo tanto esse homem pqp
mano eu to com tanto ódio pqp a mae fazendo comida que ela sabe q eu n como só por birra q inferno
rt @user deve ser triste né, não gostar de mim e poder me chamar de feia 😭👍🏼
O retorno comercial da chegada de Daniel Alves já está sendo sentido no São Paulo. De acordo com a Netshoes, responsável pela comercialização dos uniformes do clube paulista, os pedidos pela camisa são-paulina tiveram um crescimento de 420%. CARALHOOOOO CAMISA P BURRO 😱😍🔴⚪⚫
sou a+ feia do país e vcs
a favela eh sinistra na madrugada filho da puta assassino de farda
@user toma no cu, massa dms, e vc ta na onde ?
rt @user pisca o cuzão na minha rola caralho 😈😈🍆🍆🍑🍑 https://t.co/ple3jtjxta
@user @user @user @user @user querido TODA droga causa dano, inclusive os remédios controlados que parte da minha família e várias pessoas tomam. eu quero enfiar um baseado bem no rabo do Bolsonaro esse cretino, legalizado o não, os usuários não vão parar de fumar, só aguentem.
sto linda pra caralho
@user troll knight é muito forte. warlock tava ridiculo ultimo patch mas tomou nerf. mesma coisa os primordials. outra build forte é a de 2 demon hunters + demons. se pegar terror 2 cedo ganha tranquilo
rt @user a pessoa não sabe quebrar um ovo e vai conseguir fazer essa porra? https://t.co/g9zvedpj0x
obrigado bap... pqp
coe qual a graça de sair na porrada igual um retardado
anão https://t.co/wxp05awdwh
@user "caraio qq ta coteseno" https://t.co/bj83vqsebz
@user pra sempre meio bicha
rt @user palavras não significam porra nenhuma https://t.co/kxr5pm1rno
caralho tu é linda demais — obg aaa ♥️ https://t.co/f0bodqbsgo
caralho ta todo mundo namorando mas pelo menos eu tenho emprego
mano se eu sou o pai desse cara ele ia virar do avesso de tanto que eu ia bater
vai se fuder kkkkkkkkkkk
mary shelley come meu cu por favor
pra vacilação nós não da corda, nós corta o mal pela raiz e não deixa a cobra se cria, vários emocionados nessa porra 🤦🏼‍♂️👎
@user toda vez q eu vejo esse video eu fico toda boiola
porra kkk
o cu coçando pra não passar a mão no olho operado, sofro
pqp &gt;&gt;36&lt;&lt; eu. não. aguento. mais. quero férias! https://t.co/kmvqjs9o0s
rt @user isso ai não é posição política não porra é inteligência https://t.co/bnh9aieoii
site filho da puta q n deixa eu maratonar harry pottee
minha mãe me ajudando a limpar meu quarto, foi limpar em cima do guarda roupa e tinha um monte de cotonete que eu jogo lá quando tô preguiça de ir jogar no lixo KKKKKKKKKKKKKKK tá brigando poko ela
@user @user kkkkkkkkkkkkkkkkkkkkkkkkkk pqp
esse zé parece um burro empacado
mesmo eu ficando lindo e sendo muito confortável blusa polo é muito feia
rt @user não tenho coração pra esse vôlei mais!! pqp, vamo meninaaas
carai o show é hj, vou surtar
@user putinha da cavalgada kkkkkkkkkkkkkkkkkkkk misericórdia
carioca é isso
ta mana menos vai ta mei feio ja
nunca me identifiquei tanto kkkkkkkkkj
eu to cansando caralho!!!!!
@user eu que sofro por ser feia assim amoo meu namorado mesmo
@user seu cu não fala assim do meu filminho ✊🏻😔
gremio e atlético mineiro
@user As pessoas precisam deixar a Luísa em paz. Ela ta num momento top da carreira e ainda é muito jovem. Na hora certa, se ela quiser, ela engravida e ponto. Gente chata do caralho
macho escroto
lorenne joga demais pqp
vontade de matar essa mina vsf
@user Sim Lobão, se vc se acha o próprio agente, de fato vc esta maluco. Ah, mas isso a gente, nós, já sabemos!!! Mano, ao menos confira as merdas que vc escreve antes de postar. Fica feio! Já falei tanto que vc eh um intelectual, não me mata de vergonha, por favor.
simmmm kkkkkkkk
Cando estaba gorda dábame moita vegoña falar de comida porque pensaba que a xente ía pensar "como é unha bola de grasa seguro que só pensa en comer"
é foda demais quando vc abre os olhos e enxerga coisas que porra já estavam na sua cara a séculos !
achei dona sandy mais magrinha comparado a última vez que a vi 🤔 bichinha deve ter ralado no balé do show
@user @user kkkkkkkkkkkk pqp se eu for p lá morro
sou mt boiola 😞😞😞😞😞😞
puta merda eu sou inútil
rt @user quem não gosta de uma cerveja geladinha = aberração https://t.co/7sfumeokjq
@user mas ele é tão bonito e parecia inteligente, mas pelo visto é burro como uma porta, ai mo vou morrer sozinha
caralhooooooooooooou vtnc
pedro as vezes parece uma piranha
rt @user tandara porra #voleinaglobo
não precisa engolir nada não, mo. você nem aguenta, ele é muito bom pra você bjs
pqp todo trab n faz porra nenhuma e fica apressando odeio fazer trab cm gnt mimada sem noção do crl
rt @user a melhor onda na história da wsl você é ridículo filipe toledo https://t.co/evburvdetb
@user índio curte não fazer porra nenhuma. salvo aqueles isolados. de resto, querem conforto, cachaça e facilidades.
@user amiga eu já tinha cortado no salão aí fui inventar de dar uma ajeitadinha.... tomei no cu
Odeio o Abel mas esse título tá um tanto quanto tendencioso, assiste a entrevista e quando ele disse isso foi poq tinha sido perguntado sobre qual o melhor jogador que ele havia treinado e ele disse que o último grande time em relação de jogadores foi o flor que na época tinha +
@user tmj cu mlk kkkkkk próxima vez vai sem hein kk
o brasil vai perder eu vou chorar eh serio vsf ah nao
pica de fogo
rt @user passamossssss pohaaaaaa brasil aq caralho
tnc, esse mês já começa mal. azar do crl
@user pó fábio, sério mesmo? vai tomar no cu!!!!
rt @user porra tô passando mal p crlh que saco
se eu fizesse uma tatuagem assim meu avô infartaria
pq nego não faz o teu e deixa o dos outros em paz??? porra, bagulho de retardado ficar julgando o trabalho dos outros, corre atrás do seu e pronto porra https://t.co/qrZBYZVUXj
melhor pipoca e a do gordo 🥰🤤
@user @user esse cara é muito burro
caralho eu comprei um vestido que me deixou muito gostosa
é cada role aleatório que eu arrumo pqp
rt @user sou feia mas ao menos não sou da team strada https://t.co/fldmiyvhwr
@user @user oh meu deuso viadinho emocionado, nunca viu um lolla amada? eh normal isso acontecer pq ela n tava no palco principal dai nego corre p outros palcos pq o intervalo entre os shows eh curto KKKKKKKKKKKKKKK
pqp eu to na merda to fudida chorando d desespero
tadinho olha a cara do cachorro mano kkkkkkk
rt @user puta e bolada kkk https://t.co/whtcmh0ky6
rt @user e o fdp é lindo... kkkkkk
Hahaha único e sempre será fiel é os go solo de Paula haha não levantamos tag pra brincar não @user somos fiel eternamente🐷❤
porra caralho brasil vai p tóquio mano
eu hoje puto pq queria uma mamada https://t.co/dbeftige9g
@user te amo pra porra
aw carai minha voz ta voltando
@user @user eu voltei a cagar sua poc ridícula
@user amiga q absurdo pqp
@user o filho da puta ainda teve coragem de meter o soco nela, sla homem não deveria existir não
vei a sina curtindo meu comentário com o inglês todo fudido eu n lembrava como falar vista kkkkkkkkkkkkk meu pai q vergonha https://t.co/3WwZSbbZmw
preguiça de me arrumar, pqp
23:59 - Lula sabia de toda a corrupção no seu governo!!! 00:00 - Bolsonaro não é responsável pela corrupção dos outros taokey!!!
que vontade de sentar na sua piroca😈 — vtnc pra lá !! https://t.co/wrnefmjzyg
rt @user nem fala https://t.co/nenrav0mrf
rt @user porra mas o batman n era um vampiro ? -analuiza
Vivi pra ver a torcida do Flamengo comprar briga com Junior por causa de treta com a porra de um jornalista. Parece piada! E por sinal de muito mal gosto.
@user @user sim! pqp. não suporto usar capinha, veeey
rt @user pelo amor de larry eu preciso de uma att nunca pedi nada https://t.co/vaawpgnmaa
@user pqp tá de sacanagem
rt @user quer me deixar puto é querer me fazer de otario
rt @user ô ô ê ê, solta o maxi lópez nessa porra!
fiquei uns dias de castigo porque falei pro meu pai que ele é um lixo por nao pedir desculpas por ser homem quando chega do trabalho toda noite o que me fez perceber mais ainda como nós homens somos tiranos opressores que merecem acabar. toda familha deveria ter duas mães
@user memoria não é coisa que se compre todo dia né? kkkk geralmente os pentes duram pra cacete
@user falei p vir de ônibus, bicha burra 🤦🏽‍♀️
eu to morrendo
@user caralho gostosa lá vai piroca aaaa
@user @user EU DEI O PRIMEIRO PEDAÇO DO MEU BOLO PELA PRIMEIRA VEZ EM ANOS QUE EU NÃO FAÇO ISSO TALVEZ EU NUNCA TENHA FEITO EM TODA MINHA VIDA. EU DEI UM PEDAÇO DE MIM, DA MINHA SAUDADE PRA ELA LEVAR NO QUENTINHO DO CORAÇÃO DELA PRA OUTRO PAÍS, INFERNO DE BUCETA CABELUDA CARALHO https://t.co/5V7IhRL4B6
pode nem cair uma chuvinha que gramacho todo falta luz se fuder
odeio quando me tratam com grosseria na moral vsf
ah, se o mundo inteiro me pudesse ouvir tenho tanto pra contar, porra
@user a bixa é ruim kkakakakkaka
Se eu pego uma praga dessa eu mato namoral Tenho NOJO de gnt q maltrata animais PORRA FILHO DA PUTA VAI COMER UMA BUCETA, ARRUMAR TRABALHO SLA MAS DEIXA OS BICHO EM PAZ INFERNO Tomara q arda no inferno.
Manhã chuvosa na capital carioca! O Azulão finalizou a preparação para o duelo contra o Vasco, pela 13ª rodada. O técnico Argel Fucks comandou o trabalho no campo anexo ao Estádio Engenhão. A partida está marcada para amanhã, às 19h, em Cariacica-ES. 📷 Matheus Pimenta/CSA https://t.co/D9INx1JH1q
meu casal finalmente beijou caralho esse momento eh todo meu eu to surtando finalmenteeeeeeeeeeeeeee 😭😭😭😭😭😭😭😭😭😭 https://t.co/dmws0thqmm
tava fazendo conta e só to fudido em matemática e física
porra, relembrar os tempos do ask é pedir pra me deixar triste. tanta galera massa que conheci e perdi o contato, infelizmente.
vtnc,ela tava sonhando,ele ta vivo
o luã n quer dar o cu dele pra mim q saco guri insuportável
puta que pariu eu amo a pessoa que criou o queijo,
kkkkkkkkkkkkkkk ai caraio imagina
frio vai ser lixo nessa viagem aí
yas veio pro brasil ficou frio pra caralho, ela foi embora ficou calor pra caralho
um dia vou derruba esses pilantra fele da puta kkkkl
@user kkkkkkkkkkkkkkk slc hoje que o filho morre e a mãe não vê, frio da porra
E mais uma Vez Harry Styles fez eu me apaixonar ainda mais por ele Caralho olha a preciosidade desse vídeo, o sotaque dele, eu não estou sabendo lidar com esse vídeo😍😍 eu amo tanto esse anjinho💚 https://t.co/1vkGohglA5
esse professor deve achar que a gente é vagabunda
Minha mãe tá puta CMG pq dormi fora de casa se avisar nada Virei pra ela e falei "Morde as costas comédia, se Deus é por nós quem for contra tá fudido" kkkkkkkkk
isso definitivamente eh muito meu sonho
o cu ta q nao passa nada
@user e a justiça está feita. o lula está preso, babaca.
@user se eu avisar vcs enchem o saco, falam pra caralho e blablabla. aí eu só saio e aviso qnd tô em casa
rt @user gente, e aquela conexão do casal de gozarem juntos? caralho
odeio que me acordem com agressividade que caralho tomar no cu vai balançar assim o cu do seu pai desgraça
n entender física e matemática ok, agr n entender a química q rola entre nos qnd a gente se olha atiçando p ver qm resiste mais já é dmss
Então o City pode perder o Danilo nas próximas horas, e contratar o Cancelo (muito melhor), além do Sané, com uma transação cara pra caralho pro Bayern... O duro é não contratar ninguém pro lugar do Sané. Mas, vai fazer dois bons negócios...
eu acho q se fosse pra eu ser eu com crtz n seria aqueles policia arrombado ignorante pq a policia precisa de mais gente assim pra desconstruir essa reputação q eles tem
ficaram putos 😭🤬😤😱😡🥺🥵😞
Ainda sobre a brotheragem com o entregador de lanches ,chegou aqui em casa e eu ja o recebi pelado de piroca duraça ai nao teve jeito ele ja olhou a jeba e tb ficou de pau Durão, dar rt pra eu soltar o final dessa putaria gostosa pqp .... https://t.co/69oqFqKixD
é pedir muito que me respeitem por quem eu sou, mas que porra https://t.co/nsaufgv936
rt @user ???????? na primeira presepada ela deveria ter metido o cotovelo nele. babaca https://t.co/egd2hshuzs
Primeiramente mandaria se foder pq amigo nenhum diz que outras garotas são melhores. Depois é perguntar se ele realmente tem interesse, e se não tiver parar de agir como se tivesse
@user então miga e o falso já sabia, o que me deixou puta foi isso ele já sabia e não conversou com o tony
Se algum presidente ameaçar um jornalista, insultar a memória de um desaparecido político, agredir a OAB, menosprezar a vida dos índios, o meio ambiente, propagar violência e morte, será q se algum presidente fizer tudo isso de dentro de um triplex no Guarujá rola impeachment?
queria jogar um ff, mas a internet deve tá um cú
@user queria ser feia assim
td ano fico falando do meu niver, quando vai chegando perto eu sofro com essa porra de inferno astral 😡
que?? — eu respondi o cu errado https://t.co/tk68hx9osj
um frio da porra e meu pai chega com um pote de sorvete pra mim, amo meu pai
como um filme top só arrecada 400kk de dólares? avatar que é um lixo, superou 2kkk
eu n posso gritar pq to com bafo mas puta q pariu dokyeom se fode seu otario merdinha do caralho eu vou te arrebentar na porrada
@user Menino a pessoa que mandou o negócio do cachorro que lambeu o cu dele criou um monstro, agr todo dia um post no Facebook de alguém que o cachorro lambeu o cu jkkkkkk
rt @user foda é qnd vc tá feia no espelho e horrível na câmera https://t.co/edjpwzadsq
@user eu pensava que era uma vaca, a burra meu pai
florzinha 🌸🌸 https://t.co/z9lh702auf
8 demais porra
eq até os vagabundo vira otário quanto ama
conseguem mesmo sempre ver um lado mau nas merdas como é que é possível foda-se. é por isto que ninguém faz merda nenhuma. porque é que eu haveria de estar a tirar proveito de uma merda que me está a dar tanto trabalho organizar sozinha? puta que vos pariu honestamente
Um dos meus auges na escola quando bem jovem foi a época das beyblades. Colocava uns ferro bruto na beyblade e aí faiscava a porra toda. As beyblades rodando nas tampas de latas de lixo mds auge DEMAIS
a comida da tia cirlene é de outro mundo, pqp
puta que pariu eu tô tão cansada, qnd eu tava no melhor do sono mainha me acordou pq o caminhão tinha chego
@user @user @user botar a mão no te cu
@user @user nada....bodao me ama, queria que eu fosse corno, feio e pobre......tá puxado pra ele.
@user pqp c chegou igual um armário kkkkkkkkkkkj
o pastor deve ser um gordo kkkkkkkk https://t.co/gtz4t9pd4b
queria ta como
me chama no adm
criando coragem pra levantar da cama, almoçar e arrumar o quarto, mano, não podia se arrumar sozinho? pqp 😩😂
to sentimental demaisssss pqp odeio
@user um cara mandou o flow se fuder falando que era eu, sendo que eu tava dormindo
caralho gostaram de perguntar as minhas intimidades no cc em kkkkkkkkkkk
vc n é feio, vc só não usa os produtos jequiti
esse governo acha que o brasileiro é burro só pode olhar regra do saque fgts https://t.co/jkkjprlvio
Juanfran é bom no no apoio, ótimo na marcação e ajudará Cuca a mudar o esquema sem queimar alteração. Pode jogar de Zag numa linha de 3, LE e jogar por fora na 2ª linha. Foi ao lado de Godin a sustentação defensiva de Simeone. Isso é muita coisa. Puta contratação! Anuncia logo rs
se eu vejo um bglh desse ele toma um banho de refrigerante, sem neurose, filho da puta respeita tua mãe
caralho pqp brasil só mais quatro pontos porra
rt @user barbudo metendo na putinha https://t.co/ozmukxoa5m
não sei como vou aguentar ficar de lente.. meu olho tá doendo pra caralho mas preciso enxergar
nmrl eu fiquei feliz para caralho com a surpresa de ontem de vdd mesmo
tava com preguiça de faser comida e pedi comida 12h20 e ate agora nada ! porra ja podia ter feito comida essa porra
@user tô é bolado p caralho
fazia tempo que eu não assistia uma partida do vôlei feminino. agora eu lembro porque eu parei um tempo de ver... elas nos mata na unha. VAI PRO SET FINAL CARALHO. tava de 2x0 e agora deixaram empatar. infernooooooooo
já disse q eu odeio ter essa desgraça fofa pra caralho neném rei dos miau miau como meu utt?
sou troxa de mais pra isso
caralho para de agir como se nada tivesse acontecido fazendo favor que você falou merda???
falo que eu vou juntar a porra do dinheiro pra comprar roupa e gasto com besteira
ae duclou caralho vamo acorda pro jogo de hoje. vamo jogar time! seus verme do caralho. #gocnb
sempre existe alguém mais filha da puta que você 🤷🏽‍♀️
rt @user duvido q eu vou da mole pra esses pela saco, entrou no meu caminho o pau quebra sem leme kk
hoje é o dia que eu vou gastar com plantinha que eu gosto na exposição de flor da cidade que eu não suporto
Sabe quando alguém que se importa contigo não te conta as coisas e guarda umas coisas de você e diz que é pra te "proteger"? Então... Em alguns casos, é bom escutar essa pessoa(s), as vezes a verdade é uma responsabilidade... Ou uma pica muito grande pra tu aguentar.
brasil ganhou porra... agora é no japão 2020 🇧🇷🇯🇵💕 #voleinaglobo https://t.co/atqsczdxcb
o augeeeee caralho
#SM_보이그룹론칭_취소해 lá vai a SM sobrecarregar mais o mark e o taeyong EU NÃO QUERO SUPER BOYGROUP EU QUERO O NCT 127 DESCANSANDO PORRA VSF EMPRESA DE MERDA GALALAU DE PORRA https://t.co/YpWXWmWyTd
eu amo o frio!! pqp
eu nn aguento cara as rua daqui parec um cu prolapsado
como que fica sem maconha nesse tempo, maicon sumiu mulk fdp
Galera, editei um vídeo da GameXP pro canal do @user Ficpu muito massa, se inscrevam lá que sempre rola muito conteúdo maneiro de R6. Logo logo chega a parte dois! https://t.co/GS4TeX9bWy
to puto q essa luz não volta, to doido pra cortar o cabelo
não sei pq mas toda vez que vou fumar na always tá frio pqp congelei ontem de noite fumando narga
corretor machista do caraio mudando as coisas pro masculino.
rt @user to fora dessas mandadas, nem esquento a cabeça, sou psico e na favela não falta buceta ..🎧🎵
rt @user #mtvemabiggestfanscamila estou super ansiosa pqp
rt @user sei lá o jeito que ele se parece com um nabo é diferente... https://t.co/av18nvgbl1
odeio gente retardada q qualquer coisinha já deixa de seguir, bloqueia.. não tenho paciência
ninguém sabe de porra nenhuma e quer vir pagar de bom samaritano, a me poupe
acordei agr e vou brt la na minha macaca e no meu cunho pq vai rolar socii kkķk
sou a única retardada que saio de casa na chuva pra fazer a sobrancelha ! 🤦
que ódio cara, vai se fuder, passou de todos os limites, se eu não gostava muito antes, agora eu detesto, que nojo
to treinando inglês pra quando meu daddy gringo chegar
da vontade de ir mandar tomar no cu esses machos q fazem palhaçada na rua
2019 ja ta quase acabando irmao que porra é essa
de fato 👍😜
a festa da mel foi tão perfeita chorei muito aí eu amo a mel pqp
@user sera q a gaga n cansa de ser a rainha do pop?pqp https://t.co/xvmn5avk3c
sonhei q tava comendo o cu de qm tá lendo 🤔
pqp faltou luz mané🤦🏿‍♂️
não era os meias caraio era o ataque, meu ataque tá uma caraio de ruim
saiu do vasco por causa de salários atrasados, agora vai ir p time que nem salário paga. kjjkkkk tem q se fuder msm
há dois anos ela entrou pro meu grupinho da faculdade, eu elogiei a triforce na camiseta dela dela e ela disse que eu tinha a voz muito afinada https://t.co/ITFaXyfLfu
@user @user caralho rafael eu te amo muito https://t.co/zwncw7fs8e
rt @user pau que nasce tortokk hmm https://t.co/kpvga6w4ya
rt @user porra queria tanto ir num jogão de vôlei
@user eu to muito puto
rt @user @user ta ai um mulherão da porra
e esse olho? toma no cu coisa mais linda — kkkkkkk a brigada https://t.co/nombpbfk3i
bicho burro demais ele beijou e nao sabe reconhecer
@user kkkkkkkkkkkk tnc kkkkkkkk
@user @user a ancine só serve de cabide de emprego e propagação do lixo "cultural" da esquerda.
@user obg celly, tmj porra
o q passa na cabeça de um mn assim fei, tomanocu mn
o-l-i-m-p-í-a-d-a
@user tem umas q sao mo vagabunda 1 mes as divisorias ja tao tudo rasgada kk
dormi demais pqp
@user que escroto
rt @user @user 45 é o número de tiros que tu vai levar no cu
balanga n que oces só serve pra tomar bola
quem gosta de frio e chuva tem q se fuder pprt ..
rt @user kkkk é o melhor que nos tem kk https://t.co/l6xi9opest
É o velho &amp; insupor “um doido qualquer disse uma doidice. Vamos dar moral pra ele e debater ainda mais esta doidice”. É o que mais rola no Twitter
caralho, ontem eu fiz um treino bem merda de 14 minutos com intensidade baixíssima e tô quebrado 🤔
eu n falo mais porra nenhuma!
rt @user gabi e lorenne marcada e a porra força com elas. #voleinaglobo
haha vai toma no cu essas horas me passando raiva
richard camacho vai se foder como te amo pqp
minha mae todo dis kk
vtnc dessa intnet tbm q quer fazer manutenção essa hr
@user mulher linda do inferno pqp
o ruim de dar banho no jason é que depois ele fica puto com quem deu banho
rt @user ah, confesso q hoje eu senti saudade de você, mas se pá era só vontade de foder
gente eu preciso lavar esse cabelo, pqp
@user pau no seu cu 🙏🏻
amgs né kk ahan, toma é no cu tdo🌎
na proxima temporada do loonareign quero ser um palhaço
um anjo puto e inocente 🤧
rt @user juanfran cansou de ser a putinha do madrid e vai vir pra sp ser a putinha da capital.
@user teu pai aquele gordo
carai q sono, ainda bem q as gravações são só 5 hrs
@user o tnc nao, mas alguns integrantes......
tou gorda
@user Vamos ver daqui uns tempos, Flamengo sem um pinto pra dar água, pq n vai ganhar nada com o time, daí só com o dinheiro de Patrocínio não se sustenta, São Paulo mesma coisa, só aguardamos kwksks
@user nossa, que ofensa! só faltou chamar de magda ou dizer, por que não te calas!.. o ridículo virou regra
rt @user um clássico do banho. isso sim que é rola. https://t.co/28r5sowj4r
antes de eu falar q porra de passinho é esse, QUE MERDA DE ROUPA É ESSA Q ELA TA USANDO MEU? COMO Q VAI NO BANHEIRO COM ISSO?
eu sou mto ridicula
Papo reto memo, você q para a porra do seu carrinho no meio do corredor do mercado eu espero do fundo do meu coração que vc se foda muito seu pau no cu do caralho
crlhhh, bem feito namoral... já vi esse vídeo umas 300 vezes vtnc se fudeu
primeiro, só pra te avisar tem 9 ali. segundo vai tomar no cu.
porra minha vó é tão especial q nem sei
@user - primeira impressão:nariz empinado - nível de proximidade:8/10 - gosto de você:sim - considero: lógico - onde conheci: catequese - pra ser honesto:te amo amiga, sempre que precisar eu vou estar aqui, linda do caralho
rt @user transex @user cheia de tesão com seu pau duro ideal para iniciantes 😍😈 https://t.co/ejbf1mvbdu
eu n suporto esse frio, pqp 🤦🏻‍♀️
se eu saio fica puto e se fico em casa fala pra acordar pra vida porra
assim que tem que ser caralho cair na porrada
rt @user briga de fandom em tt já tá enchendo o saco pqp https://t.co/3dnhi7uxee
@user @user um perfeito idiota
@user Awwwnn o Damzinho meu pai😍😍😍 toda vez que olho teus funkos me apaixo sempre. As meninas do artesanato são talentosas p caraio mano e o preço nos 4 foi perfeito!
porra eu só tenho amigo piroca 🤣
Quando vejo um velho olhando muito pra uma mina nova ja falo logo "qual foi parcero ta mandado rapá?" Os cara ja olha minha cara de bandido e tranca logo o cu
eu não posso continuar lendo essa fic, eu tô me maltratando eu odeio angst puta merda
se curti drogas, vamos transar e cheirar junto? sua buceta = 2 pinos — ma va pro diabo https://t.co/owlqkoeora
foi mexer com o negão tomou no cu
@user pqp eu tenho uma amiga sensata
cara que noite foi essaaaaaaaaaa brazeeeel pqp
@user @user kakakaka pqp
rt @user pq tá todo mundo incomodado pq tomei 500ml de açaí no cu da manhã?
nss eu to sentada na escada da loja aqui pqp se alguém chama minha atenção pq não pode eu juro q morro de vergonha
esse velho desgraçado é burro de mais
gente todo sampaio decola na vida se eu n decolar tbm vou ficar puta
pau quebrando em sg e eu curtindo as férias em cabo frio😂🤪
rt @user mlk jogou pra caralho! https://t.co/5bihnxfuom
ow.... na moral.. desisto ....
rt @user hoje vou apanhar uma puta do crlh
[3/8 11:56] piranha master❤: vamo jogar uma alta [3/8 11:57] putiane❤: queles pique kkk [3/8 11:59] 🌺: aindaaaa nada muda, é isto❤
kurt cobain era um cara do caralho mas infelizmente a fanbase post-mortem do nirvana é 90% composto de cara branco hétero chato que acha que a banda foi feita só pra eles
maldito momento que dei confiança kkkkkk
@user morre atropelado filho da puta
eu nao peguei o monitor caralho
olha so o interrese desse verme libera maconha pra depois solta varios criminoso..
@user ai menino to puta vai no wpp agora
namoral luhan oq custa tirar uma fotinha mano a mao vai cair por acaso???? idoso fodido https://t.co/3ucdrxurgs
@user ah pronto fdp
que showzinho do caralho foi ontem, as tocadas no metal sempre são foda, a galera interage demais e isso é foda! ❤ feliz demais!
meu deus pq que eu bebo igual um demônio e esqueço do que faço, vai toma no cu
@user vocês são tão perfeitos pqp
muito feliz que agora chegou o momento de beber a cachaça de jambú do meu amigo @user pqp nunca eu esperei tanto por uma cachaça
rt @user fé nas malucas o caralho, duvido que eu namoro com uma doente dessa https://t.co/hbw3k67txx
@user fala caralho
pqqqqqqqqqqqq ces dão rt em nojeira mano, tava almoçando vsf
deixei a varanda aberta achando q a gaia n ia querer ficar na chuva, a bichinha entra em casa toda molhada 😂
carai virei faz tudo mesmo
na moral, tem gente q n tem um pingo de responsabilidade pelo sentimento do outro, vai se foder!
@user @user @user mano nois precisa arruma um macaco
eu sou homem bicha
rt @user sedento por um cu https://t.co/hb0lfgeqra
sco pa tu manaa é o caralho mermão ou tu escolta ou tu mama porra
gente que ressaca do caralho vai tomar no cu parece q vou morrer
rt @user minha vida resumida em um tweet https://t.co/2ze8uaefz3
Minha mãe teve um surto de leoninísse agora: "Eu não consigo odiar esta pessoa pelo que ela me fez, só ter pena, porque deve ser horrível ser feia deste jeito, por dentro e por fora" Kkkkkkkkkkkkkkkkkkkkkkkkkkkkk
fiz a sobrancelha na cera, é ridículo o papel que eu me presto nessa sociedade
e a gente já acorda com um tesão do caralho.. https://t.co/oshrxuyoxb
kkkkkkkkk eu amo a minha tl pqp
o nome dele é o cachorrinho fdp
o pai dela só faz bosta e ela fica passando a mão na cabeça, sendo que ele já foi um babaca até com ela
carai sai ontem dps do trampo cheguei 6h da manhã e to suaveeeee to impressionado com meu pique slc kkkkkkkk
@user globo, faz tudo para foder o país.
Eu sempre tive muito enjôo com um único perfume e é justamente esse que o desgraçado tava usando ontem. E o pior, tá impregnado no meu quarto 😒
acho que já vou adiantar minha volta pra amanhã ao invés de segunda, vai tomar no cu, vou ficar sofrendo de frio é o caralho
sulista: oi vocês: is this nazismo, homofobia, preconceito, racismo, machismo??¿?¿?¿¿??
ta feio já esse drama na internet
estamos vendo o dvd dos 15 anos da thamara, caralho só gente feia kkkkkkkkkkkkkkkkkk
porra só a carol mesmo 🤦🙄
@user é mt bom pqp vontade de ir pra praia sla
acho ridículo pessoas sem maturidade, senso e postura!!!
porra, podiam dar um crédito pra roberta, ela mudou o jogo completamente #voleinaglobo
@user o negócio é mandar logo tomar no cu tu sabe
todo dia escuto um comentário diferente sobre algo em mim e faz eu me sentir um lixo
a direção criativa do swimming é bonita demais pqp
a sai dessa, já fizeram mt mas agora tá vindo umas meninas super fodas que tá jogando pra caralho.
@user Uai se ela quiser ela come, oc passa no bk e come 5 promoções e no dia seguinte tá jogando rugby e comendo salada e a tartaruga n te xinga carai
@user vc fica demente
lonzo ball de trança vai tomar no cu
saudades de nao ligar pra porra nenhuma era bem mais fácil
@user ela não e feia,so não conhece os produtos da jaqueti akakaka
@user @user caralho mano nao seu eu o responsável foi mal
eu: mano sou mt sm stan vcs: ai mas aquela empresa lixo eu: ???
pqp ele piscou ou foi outra coisars
além de ser homem é analfabeto, fé meu parelha
república dominicana é meu zovo porra
pq eu sou a única mina feia neste site ??
a carla deu uma quebrada pra valetia que pqp 👏👏👏
qual o nome do último rebaixado mesmo ? 😂😂
@user eu ia catar lixo na praia o dia inteiro kkk
@user deixa tu chegar nos episódios mais recentes pra ver eles tentando forçar um casal que nunca deve ser um casal nessa porra
@user se eu te dizer que vc nn é a mais feia, vc acredita?
@user vc é perfeita porra
@user vai tomar no cu
olha q eu já fui feia p aquela escola, mas hj eu me superei
caralho eu sonhei com um negocio q eu comecei a achar q era uma série q eu tinha assistido dai eu lembrei agr q era o sonhoKKKKKKKKKKKKKKKKKKKK eu sou mto bugado
@user kkkkkk eu to puta
@user agora o @user morre chupando o próprio pau
Postura não é você chegar na festa, cruzar os braços e ficar de cara feia p geral, postura é ter maturidade, postura não é só ter a coluna reta, exige caráter, não fique de cara fechada em festas e bailes olhando pros outros não Mano, isso não é postura, isso é passar vergonha! https://t.co/X6jqULwb3d
@user começou me xingando fiquei até preocupada kkkk, aí amiga sério??? te amo porra❤️❤️❤️
rt @user pqp essa foto minh com a nalut e o psd pqp eu to boba ficou lindo demais
me hipnotiza quando joga a bunda eita porra eu viajo na vagabunda
vou chegar em casa hoje e fazer chapinha nessa porra
água santa x ponte preta: assistir ao vivo – copa paulista 2019 https://t.co/wg6h6a5jic
@user amar é tomar no cu
to vom tanta tanta sdds dd bts pqp ta feliz seus fudidos
queimei me no cigarro por causa da puta da rosa eu vou lhe aos cornos fse 😂😂
absolutamente ninguém: a franco: dureg é meu pau bagulho é viseira da nike
minha mãe n pode me ver postando foto com boy e já pensa q é meu namorado minha filha eu só tenho amiga viado por favor né
tomar no cu bicho insuportável
jogo de tênis é tão chato nao sei como conseguem assistir isso, dura horas pqp
rt @user sei de tudo mas me faço de desentendida sempre, só pra ver até onde a cara de pau vai
Mas não são todos os PMs, sabe, é como em qualquer profissão... É o caralho! Se um jovem fala que é seu sonho participar da "corporação", já é caso de isolamento da sociedade. Hospital psiquiátrico na melhor das hipóteses. https://t.co/iq194agdfR
esse aí e carioca kkkkk
porra, ódio
não preciso fingir sorriso pra agradar vagabundo, não rendo pra ninguém! 🚩
um caldo pinto❤️
max d 15 graus hj e meu deus tá 14 ainda mínima de 3 cara pqp como q trabalha nesse frio
@user esta porra a globo e os bostas não falam não é.
@user pqp maria fer hsuahsuh
@user maldito barça, so serviu pra pagar salario de paulão a venda
#VoleiNoSportTV Esporte vibrante da porra. É adrenalina o tempo todo. Vibração, emoção, disputa, garra e o melhor é que é um esporte que consagra a todos, até quem perde, porque é sempre jogão. Raro ver um jogo de vôlei que não envolve muita raça de ambos os lados.
mano deve ser mt pica conseguir fazer essas paradas caralho mlk
caralho n acredito q eu tô com a garganta inflamada
É AGORA EX PREFEITO DO RIO EDUARDO PAES VOCÊ VAI PEGAR UMA CANA BRAVA NÉ EDUARDO PAES HEIN? DESTA VEZ VOCÊ NÃO VAI SE LIVRAR SEU PILANTRA SAFADO QUEREMOS VER VOCÊ PRESO JUNTO COM SEU AMIGO E PROTETOR SÉRGIO CABRAL E SEU DEUS QUE ESTAR PRESO EM CURITIBA LULA DA SILVA https://t.co/RGlqwtmu3Q
rt @user muito eu pqp😂😂🤦🏿‍♀️ https://t.co/glvgstjas4
porra, eu nunca ganho um sorteio. tomanoku
primeiro ele queria prender depois queria a carteira de motorista???? caralho que pm inútil e racista
rt @user eu não sei usar a porra do rappi todo mundo come de graça e eu não consigoooooo
@user mas preciso hahahaha enchi tanto o cu de cachaça ontem que acordei bebada ainda hoje a que ponto chegamos
n estraguem meu dia de princesa porra
rt @user devem tá se contorcendo de ódio paulinha na fab https://t.co/rvmw1kawb3
eu puta e a cachorra da joanny rindo da minha cara q nem fdp 😑😑😂
o tamanho da cara de pau dessa propaganda da vale falando das barragens meu deus
macris caraio para de ser burraaaaaaa vamo
deve ser muito difícil odiar esse garoto e não pode chamar ele de feio
@user é braba só por causa da quantidade, bando de chato do cacete
ca puta tenho nos olhos ainda
puta que pariu to acordada mas eu não queria
@user esse é meu filme fav desde os meus 8/9 anos, lembro até hj de ficar pulando junto com os camundongos q nem uma retardada qnd a coraline ia pro circo do Sr. Bobinsky😂
melhoral
caralho to passando mal KKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKK
[03/08/2019 12:58:18] Mari 💕: Cortei meu cabelo [03/08/2019 12:58:28] Mari 💕: 10 DEDOS [03/08/2019 12:58:30] Mari 💕: Tô nervosa [03/08/2019 12:58:44] Thalya : Toma no cu Mariane [03/08/2019 12:58:50] Thalya : Coragem
a evolução que vocês falam é quando o time deixa de jogar horrível para jogar feio né
rt @user um vídeo antigo do putinho @user cavalgando!😈 ainda vms marcar uma orgia e colocar bagulho doidão😝 https://t.co/y64i3vx…
tem ministro do bolsonaro que grita bingo rapidinho completando todas essas da lista...
@user eu sou feio mas queria fazer parte do seu bonde 🤦😏
@user puta merda, ainda bem que não conseguiram
rt @user @user o que que tem terça cara de pica?
nosso ministro da educaçao 👍🏽👍🏽👍🏽👍🏽👍🏽
@user kkkkkkkkkk tnc vai
hoje tem os 15 da minha cunhadaaaaa é eu não tenho roupa pqp
perfil que ainda fala de abel braga merece pica no cu
rt @user sapatão: se conhece 2 dias: se passam as sapatão indo morar juntas: https://t.co/sknlbtajnn
@user tem piranha sim kkkkkkkkk,e talarica nem se fala kkkkkk
@user deiixa eu sentar no seu pau :3
nós gostamos de dançar e gostamos de cagar kkkkkkkkkk
puta que pariu do jogo sofrido! bora, brazil!!
porra mano, se você não sabe oque se quer da vida, imagina eu
rt @user aquilo que eu falo pra vitorya https://t.co/h1qshktmcl
porra muito isto
porra eu fico mt contente quando vejo alguem odiando a mesma coisa que eu, so hj ja vi umas 3 pessoas aq falando mal da casa barro ahahshsushsushsjjj o ódio é um sentimento mto lindo
safada dos coroas carai foda bicho
sksksksksks conceito novo e fazer cere de cu para sensualizar
oq q eu fiz sua feia???? nem eu sei (q eu saiba vc q vacilou ontem indo embora pra casa)
pq saiu? — Ambiente ficou pesado pra mim, desconfortável, cansaço, frio, puto pq bloqueei meu cartão, conflitos internos bla bla bla https://t.co/0tYTxlvWpc
@user ai que feia, quebrou meu espelho🤮🤮
rt @user loirinho pauzudo, sacudo e sacana 😋🔥 https://t.co/ljqv39wxw4
@user Como vota se você é extrovertido, popular, sexo, álcool, drogas, festas, livros (julgo isso pela inteligência), tóxico e claro, escroto ?????
tinha q apanhar mais esse filho da puta
Pqp... Ditadura do voto . Chupa essa Coréia do Norte, eu vivo na ditadura do voto e vocês vivem na mais pura democracia . Tnc
eu nao to botando fé que essa caralha sempre aparece toda santa vez vai toma no cu pra lá
rt @user eu não forço barra com ninguém quer falar cmg fala se não quiser, o cu tá aí só ir tomar nele.
e fica mais difícil ainda pq o time da república dominicana tá mto bem (além de serem belissima pqp)
coragem pra falar no anónimo é fácil pq não fala as coisas pra mim, sabe q n aguenta tromba nois fdp
ficou puto ,eu falo por meu irmão não mexer na minha coisas, ele vai mexer pqp
@user @user Esse FDP acha q todos são idiotas? Canalha, sujo, mentiroso. Esses ministros do STF criam o caos jurídico, atrapalham o governo e pensam que não estamos vendo o que eles fazem. A culpa é do STF e Rasgaram a constituição. Eles ameaçam a democracia. #NasRuasContraSTF
porra chankai assim vcs me fazem ficar boiola logo cedo
rt @user classificado porra! vem tri olímpico!! #voleinosportv #voleinaglobo https://t.co/edt1gqo9sg
@user @user feia??? onde já??? garota tu és linda ok https://t.co/wjvggwktzu
kkkkkkkkkkk real
@user vai um dia na sunset da circus mlk, festa boa da porra
que lixo vai toma no cu
toma no cu porrraaa, vamo crl, república dominicana é meu piru
queria falar em grupos do whats mas pqp coisa chata
@user tatum tá dando um role aí pela lista pq pqp como que ele tá em 4
odeio rapazes que não sabem levar um puto de um não
sapatão é um bicho estranho mané, nao pode ver que a outra mina é sapatão que já fica logo encarando
az vezes eu falo mesmo kkkkkkkk basta eu esta no meu pior diab
e eu ontem bêbada que cismei que tinha que botar a mão no pinto do meu amigo viado, pra saber se era grande kkkkkkkk
rt @user sapatão é um ser frouxo, se apaixona e já quer casar
#turmafeiravizinho Dai a mulher xingou minha mae e foi embora para casa dela (no caso do lado da minha ksks),o fdp do filho dela nao parava de tocar auto pra caralho e minha mae um pouco alterada de substâncias de álcool jogou um tijolo na casa da vizinha e quebrou a janela dela
KKKKKKKKKKKKKKKK 3RACHA MANO KKKKKKKKKKKKKKK Tenha amigos que te deem força, mas esses mesmos amigos tem que ser o que te zoam KKKKKKKKK
chego nesse site e ainda tem gringa puta com o sexiest moment kkkkkkkk tao ofendendo até o bob, q coisa né
que gripe fdp
melhor central da temporada 19/20 faz assim porra
Meu pai deve ter pensando “Como eu não tenho nada pra fazer, acho que vou furar uma parede enquanto o Felipe dorme” Aí eu acordo com a porra do barulho da furadeira na parede Bom dia com a força do ódio
@user o cérebro desse babaca quando vê que o mlq não abaixou a cabeça https://t.co/cpwj6h98bp
encher o cu dos outros de rt #mpn #nowunited #uniters
@user alem de todo mundo que tem filho pequeno e vê o ''serviço maravilhoso'' que ele presta junto com seu irmão,eles são os principais responsáveis pela disseminação da idiotice e da falta de conteúdo no YTBR,claro que o algoritmo é um lixo,mas esses dois meu deus do céu...
rt @user pq isso me dá uma agonia do caralho, bicho
meu piercing vai dar queloide tenho certeza vai p merda to puta
porra de coelho querendo discutir pq eu n gosto dele, vai tomar no cu mano mlq retardado do caralho c uma existência inútil
rt @user vai lá trouxa se importa e toma no cu de novo otaria
@user “anti feminista” graças ao feminismo tu tem o direito de expor tua opinião, burra &amp; retardada
@user máximo respeito à esses 150 torcedores e a grande maioria torcida corinthiana, nesse aspecto vocês são foda pra caralho
foda-se pqp
@user @user Bobao, petistas nao tem vez nesse governo,me diz oque esse fdp ganha vazando informao pra jornais estrangeiro e dados do gov brasileiro pra outros paises!
pelo amor de deus onde é normal perder a virgindade com 14 anos? na maioria dos casos a pessoa não tem conhecimento nem sobre o seu próprio corpo pqp
A Manu está no meu ...olho de trás; e estou mais liso q caroço de manga na boca da vaca. 🤣🤣👉👉 #STFVergonhaNascional #NasRuasContraSTF
só charlato qm n presta po... vtnc
nss o bolo de cenoura tava muito bom pqp 😊
@user 27 concelleiros, 27 eventuais e, en breve, 4 ou 5 directores xerais,pese a ter externalizados os servizos mais complexos (lixo,auga e axuda no fogar). 60 personas para a xestión política dun concello de 100mil habs. Non sei se o consello da Xunta terá tanta xente chupando do bote
essa porra dessa praia nunca que chega 🤬
depois de tudo que aconteceu ele vem na maior cara de pau, puta que pariu
rt @user jovens descobrindo o poopbr https://t.co/ptc38csrxr
amo vcs pra caralho 😔💗😔💗😔
@user "flor" tbm é puxado
to nem ai mermão, vou casar com a filha dele ainda
eu tô muito doente pqp
rt @user nyaaan, obrigado eu vou amar conhecer. https://t.co/nv8nm0578x
puta merda, minha cristal preferida🙄
maldito sentimento que nunca se acaba
@user eu não sou babaca 😭
rt @user gente? como vcs fazem pra ficarem bonitos sérios nas fotos? porq eu fico com uma cara de cavalo cansado, que pqp kkkkk
se ta 2 ta calma, se ta 3 tá fudido!
tô cansada mano pqp
@user vai-te foder idiota do crl. tu realmente não tens clube, só tens faro pelo spotlight que te dê mais visibilidade.
macho escroto querendo me ofender me chamando de feminista (???) https://t.co/vkustzxdhp
rt @user o tal do estadunidense é cheio de presepada né? puta que pariu https://t.co/sygypgxb9r
vai toma no cu mano a pessoa não sabe guarda nd pra ele e dps quer q eu confio ainda kkkkkkkkk
as vezes dá vontade sabe, mas já aceitei q n vai acontece kkkkk
@user @user que camisa feia, como pode flamengo 🤦🏻‍♂️🤦🏻‍♂️
rt @user mano, da onde saiu esse frio da porra?
@user fãs do whinderson ... aaaaaaaa esse povo é mt chato pqp.
ela acordou a gente para falar isso!!
ai wattpad pega essas estórias pagas e enfia no cu
@user PRA CARALHOOO mano esses viado ficavam trombando em mim de 5/5s e eu só pensava ser gay não é escolha, mas ser homofobico é inevitável
meu oculos novo e torto to puta https://t.co/8yauwg57v1
@user cala boca gripe, sabonete, bandeja ridícula, meio metro, palhaça, macaca sjajahjasjjss
nunca vo faze sexo, jogo difícil de entende do caraio
@user @user talvez não seja sangue e sim porra (fica a reflexão)
@user @user @user @user @user vai trabalhar vagabundo !
vai ter brasiiiiiil sim porra
@user @user stark devolve minha jaqueta salafrário
que homem ridículo invejoso
iala kkkkkkkkkkkkkkkk
sou a+ feia do mundo
rt @user sá pinto foi expulso de um avião depois de se envolver numa altercação com uma assistente de bordo, segundo a @user https://t.c…
tom é muito cara de pau. eu faço carinho ele me morde, ai ele vê q não to dando idéia, ele deita em cima de mim 😂😂
@user @user @user errouuu kkkkk estávamos na zona, sem miniro, eliminados na cl e cb... vc queria o q? tem q ser burro ne
@user @user @user vão elogiar as mães de vocês, porra.
garota ?????????? tu tá maravilhosa mds
se eu ficar doente eu vou ficar mt puta velho
eu sou idiota d+
é por isso que eu tô puto com o júnior falador merda:
rt @user não havia redes sociais, as pessoas vestiam-se muito, era tudo bué bonito e a música era do caralho https://t.co/xw4uq958ay
rt @user vagabundo aí na pista se perde por pouca coisa
Bofe dá de machão e come viado. Novinha perde calcinha pra organizador de festa só pra beber cerveja ou vodka de plástico. Tinha os melhores desfiles cívicos. Todo mundo já pegou todo mundo e tá tudo bem. Vicentina vs IBE sempre será a melhor guerra. https://t.co/qmLs8Z4En4
porra n confio mais na minha mãe
policia, raça desgraçada 🤬
que frio do caralho meu irmão
o giseok ta vivo caralho
porra, ja sei logo qnd meu padrasto chega em casa,música do carro dele fica tão alta q treme td kkkkkkkkk
vou fazer um caldo de pinto e um pavê.. comer o dia inteiro e ficar deitada
@user aí miga ele é mt feio, eu acho o elenco da marvel inteiro lindo, exceto chris evans e scarlett johansson
rt @user @user pouco feio
é mt cringe nossa senhora
@user @user @user kkkkkk pqp anna clara
i know inside my heart que meu cu só vai sossegar quando eu parar no egito
me apaixonei pelo cara certo
@user é muito vagabundo junto! dia 13, vai mandar um currículo pra ver se sai da inutilidade, membros da une.
fico puta quando vejo essas coisas, namoral
- mt mt triste, pqp
@user pqp vou morrer😵
@user porra ele n tinha conseguido n?
uma deusa
esse vídeo pra mim é tudo
piri, pipiri, piriguete, prova q me ama andando no meu chevette
esperando a puta da júlia dar sinal de vida
Efeitos ao parar de fumar: 1- Os cabelos voltam a crescer. 2- Sem aquele cheiro desgraçado de cinzeiro. 3- Aftas explodem na sua boca. E dói bastante.
@user sempre achei ela talentosa tb g, mas meu papel preferido dela foi em flor do caribe
@user "estamos procurando aventureiros........." seus fdp eu tô com cara de indiana jones?
as defensora de iphone nas replys amg forças kkkkkkkkkk
caralho sem condições de sair hoje
Message to: 1. Ainda bem q tu n existe 2. Fala cmg, vai q eu mudei 3. Vlw por me aguentar 4. Amo all 5. Aí eu digo q é foda, pq porra 6. Vc é pft 7. Aprende com os meus erros 8. Não tenho 🥳 9. Amei começar a falar cntg 10. Aí dnt Manda “manda” q eu mando jkk
porra sinusite me deixa
ninguém acerta recepção. pqp
eu igual uma piranha correndo atrás das cachorras na rua mkkkkkmmkk
a quantidade de ww meu pai alguém chuta o cu desses fansites
as contas privadas deviam ser banidas do tt ou pelo menos não podiam comentar pq pqp que ódio desses comentários indisponíveis
rt @user @user q porra é essa ?
aí vc entra no perfil da menina pra ver o estilo da pessoa achando que ela eh no mínimo a Isabella Fiorentino do esquadrão da moda pra falar dos outros e o resultado da pesquisa eu prefiro nem comentar kkkkkkkkjj https://t.co/AMWLBUPcyK
so pq eu queria ir
@user puta legit? ahshshhshshsh
@user kkkkk palhaço
vai se fuder twitter pq n da pra baixar gif
próximo role eu não vou mais gritar igual um desgraçado
sim viado to precisando
responde direito crlh
@user @user turn gringo into gringa
na moral vou assistir gmw de novo pq pqp q serie foda
e o kevin q me salvou de um macho escroto ontem kkkkkkkkkkk amo demais
sistema imunológico lixo
Me perguntando porque o Andrés mandou tirar o “quem matou Marielle” da camisa, pq o Galliotti permitiu um “não membro da comissão” erguer a taça e pq o SPFC, meu time de coração, nunca se manifesta em porra nenhuma. Se bem que com o Leco, tenho até medo. P’
gata pra caralho https://t.co/kchcp9gsgz
@user Quando anunciaram esse dinossauro, dava pulo de raiva depois daquela final com o santo André e ainda por cima com a mão no saco mucho e mostrando para nossa torcida, contrataram esse lixo e agora fica se fazendo de vítima.
@user @user rainha da porra toda 😎 #macabeso #barbaralopeztrendy #santiagoachagatrendy #kcmexico
pessoal do iesb em dias pares finjam que não me conhecem ok pois vou ser mais feia que o normal nos dias impares podem cumprimentar
o tanto de gente que me odeia sem me conhecer n tá escrito cara pqp nunca trocaram uma ideia me conhecem pela boca dos outros vsf
como uma pessoa pode ser tão fdp??
@user @user @user caralho, que lindo
caralho mano q sonho cabuloso q eu tive lkkkkkl seloco
eu volto umas 3 vzs a música só nesse rap do yoongi pq é bom pra caralho rapper de vdd https://t.co/ekkcivdoyn
E te aceitou também, seu abostado. Se não fosse por Bolsonaro e o PSL, tu ainda estaria te drogando, e dando o bôcu em filme pornô. https://t.co/s0miHXBWZU
momentos em que tive vontade de descer o cacete nesses guris de amor https://t.co/phjqldo3in
eu e meu primo reproduzindo cenas de a fazenda .. tudo ! ai como eh bom ter parente viadinho
se sope não tem química oq tem? se fuder casal da nação vai toma no cu
eu ou samira quem é a mais piranha
caralho q vergonha kkkkk
@user so pensa em casar ne sacana
@user a cara lavada do joão riquinho entrega . outro também não é flor que se cheire .
@user vai sonhando filho da puta
perfeita 0 defeitos, tandara te amo
mais que porra https://t.co/qdlkiw9ara
rt @user //: rt no buck menino sentado, da block logo carai. https://t.co/dgwasfdq7i
hoje só caiu bomba na oficina pqp
rt @user bolsonaro disse que iria indicar um ministro evangélico no supremo. lá vai o moro virar evangélico. https://t.co/hh6tg3wcm2
mano eu só moro com gente preguiçosa inutil que nao move um musculo pra fazer uma porra de uma minima coisa.
@user se fuder viuu
só queria sair hoje pqp
o foda é que a netflix tira séries boas p caralho
pode falar oque for que eu ligo pra porra nenhuma
@user nao carai
@user o bom gosto pqp
Obrigada por me aguentares e não cagares em mim cada vez que sou um idiota. Espero que entendas que sou um anjo e entendo que estás a ter um mau dia. Adoro-te. @user https://t.co/cLfSPFB3tf
rt @user caralho finalmente um meme que representa 100% do que eu sou https://t.co/qtfd90r4ew
que frio do caraio
caralho mesa 2 perfeição
porra esse momento e todo meu. https://t.co/skc7dmno5d
o fdp demoro 2 minutos pra bota ovo https://t.co/ppxpdq3n8y
rt @user olhem só que artista, o cara manda muito bem, e pau no cu do bolsonaro. https://t.co/jil2wnzniz
teu cu se eu espirrar tu fala que é sintoma de gravidez
@user o último que eu não sei o nome e pqp que mulher perfeita porra
eu fico mais puta porque ontem EU deixei a cozinha inteira arrumada pra não ter problema, aí meu tio vem pra cá, suja todas as panelas e larga tudo sujo pela casa inteira e sou eu quem tem que arrumar? pau no cu dele
Como é bom poder falar hoje em dia as mesmas coisas q falávamos antes, qdo o governo era apenas um pau mandado globalista. Os mesmos que colonizaram o Brasil, desmataram e levaram nossas melhores madeiras, são os mesmos q acham que ainda podem nos obrigar a continuar submissos. https://t.co/RjRf6lCswn
mermao eu olho p ft tá maneira, quando eu dou zoom, eu fico triste, pqp
podemos ver claramente uma lalau que dormiu aqui em casa e levou meu short kkkk a vergonha na cara passou longe pois não tira do couro essa vagabunda! pega pega a lalau 155 https://t.co/xEhPH62bdf
Pior são as que nem conhecem e ficam falando, ninguém merece velho, Twitter tá muito tóxico. Os argumentos é opinião (que é diferente de respeitar) e ChaOmiLas (? Bolinho fã+cs+pessoas fora do fandom) são contraditórios pra caralho. QUEM AGUENTA ESSAS AMEBAS SECAS?
@user puta que pariu vai comer agora cu
primeira vez que eu sonho com esse mlk e ainda sonho isso, pqp alice
por isso n organizo resenha, só empresto a casa, eu iria perder a paciência e mandar geral tomar no cu fácil se fosse organizada por mim kkkkkk fora isso se foda
que sonho bom pqp 😁
pq fechar um bory bêbada é impossível? juro q nuncaa mais vou pra role com bory tnc
pqp que coisa feia eu hein...
porra q sustão da pirra fdp
@user kkkkkkk toma no cu mano
@user @user rush b p90 manito sopa do macaco uma delicia
@user foda que os livros de romance são clichês pra caralho
to puto só queria ter ido jogar em realeza
toma no cu dessa família q inferno
tem um copo escrito “não precisa ser mago para prever o comportamento humano” e eu só queria dizer que puta que pariu né
@user @user @user @user @user tá nervosa biba? eu só falei um fato, não há discussão kk
caralho, q episódio foda! agora a porra ficou séria! mesmo sendo um sentai dos anos 80, assistindo com o mind set correto dá pra aproveitar muito! apareceu um vilão novo, e eu lembro dele! só de eu lembrar dele daquela época é sinal de q ele é foda!
faz esses vídeo bonito do dream mas continua com essa bosta de se graduar vai toma no seu cu sm
a bixa tá beba essa hora da manhã, indignada porque encaminhei meu áudio pra ela 😂 te amo sua linda https://t.co/4rgxoqtstl
rt @user sco pa tu é o crl https://t.co/dsczfg1ak2
@user mo otário em bater na mina ba, chamar ela de vagabunda.
Eu acho legal de observar, apesar de ser triste, essa leva de sertanejo lançando EP e álbum completo de inéditas a cada 60 dias em show ao vivo. Se vocês prestarem atenção existe um puta trampo de corno por trás que é o da edição tentando disfarçar o fato de ngm saber as letras!
rt @user [3/8 12:56] caslu 😝: como é não poder me chamar de feio? minha meta eh ser q nem o lucas
rt @user quando rola o tchan não da pra esconder https://t.co/31kqggwhda
@user @user @user @user @user @user @user @user @user @user @user @user vai ganhar essa porra
por queeeeeeee q so eu continuo feia aaaaa
rt @user tô com uma mania feia em não responder os outros no wpp, entro e finjo que não tem mensagem nenhuma e arquivo a conversa
@user sei lá aidan e ela não combinavam, parece que ela queria sofrer mesmo indo atrás do big mas acho que os dois se amavam de vdd. fora que o big apesar de escroto putsss rico e extremamente m*mavel
ontem eu estava com uma cara de cu tão grande, que geovany e diogo perceberam na hora kkkkkkk.
tomar no meio do cu caralho
"este maldito negócio foi comandado por mulheres enquanto estavam na guerra, o que mudou?" "nós voltamos" ah vai se fuder
||: Engraçado que aqueles que me chamaram amigo hoje já nem falam comigo. É gratificante saber que todo esforço que fiz pelas amizades foram jogadas no lixo.
rt @user vai toma no cu?????????? que nojo https://t.co/ir5l9o3klp
@user quem me dera ter essa beleza toda, dando moral pra feio é falta do que fazer aushaush
caraio, rajada de fogos sem limites na favela. https://t.co/8wl3zybk1r
que jogo do caralho meus amigos essas mulheres são fodas
concordo vadia puta
tenho muitas metas a serem realizadas , jamais perderia meu precioso tempo com gentinha sem conteúdo , então me poupe desses mimimi 🙏😘
@user minha filha, a bicha já comeu até controle, uma xuxinha é o de menos kkkkkkk
odeio ignorância, tomar no cu !
@user vai me dar o cu
esse rolê do doca serviu p me mostrar o quanto q eu sou hetero top e achava q era desconstruídão kakakakaka porra nenhuma
@user @user só pela sua postura e seu jeito todo gostoso de ser não tem como chamar de bb...mulherão da porra😍😍
@user canalhada , vergonha dessa corja !!!
rt @user puta merda, criei essa conta pra postar thread dos casos que gosto e única coisa que faço é ficar aqui me lamentando
@user me perdi de novo caralho #mpn #nowunited #uniters #marinaruybarbosa
@user teu cu!
queria mandar geral toma no cu
millie: embaixadora da unicef, canta muito bem, atua pra caralho, é parceira de várias marcas, carismática, super reconhecida pelo seu trabalho e ta LANÇANDO UMA MARCA!! shipp stans: A MILLIE É BISSEXUAL!! Ja SaBia 🤩 ou LóGiCo QuE a MiLLiE é HéTeRo!! E ELA &gt;NAMORA&lt; O FINN! 👺
Não vou ficar lambendo o saco dele falando que é ídolo e o caralho a 4 pq ídolo de vdd não coloca a amizade com alguém que sempre teve ódio contra o Flamengo acima do clube que ele fez história
as pessoa tem uma mania muito feia de falar que você fez algo sem os 100% pra provar que você fez.. acusar sem prova pra nos é conspiração e se tá conspirando contra cria é última forma.
tô cansaaaaaada pqp
@user procurei vc pela casa inteira arrombada
@user @user @user @user @user racista tem mais é que se fuder
eu espero mt que a enfermeira que me fez as injeções não tenha postado “enfermagem por amor” pq com aquela cara de cu dela, com certeza por amor não é
rt @user nossa faz um negócio desses cmg nunca mais seu pinto sobe pq eu arranco fora https://t.co/jqgyoq4yeh
cheia de ódio puta que pariu
fudido, mas animado
fdp é curintianooo
ok n importa quao lixo eu esteja me sentindo eu escuto pixies eu fico melhor
se eu fico em casa reclama se eu vou sair reclama tbm vai se foder
gaga tá mais que certa de se afastar do twitter, essa fã base gringa é escrota demais, que tomem um tiro no cu esses otarios
que privilégio do caralho é ser irmã do miguel.
boa mlk♥️⚽
@user deixa de ser feia
@user é como ouro nas nossas mãos, é só trabalharmos e temos a life feita calma puto
@user que desgraçado mano, sapoha tem que morrer &gt;:c
a m***** consegue me irritar às vezes pqp
eu mereco eh tomar no cu msm, bem feito
@user @user olho de tandera do crlh deixa livre porra kkkk
vamo beber pra comemorar que eu não namoro mais uma não habilitada (de eu tiver que explicar esse também, pau no cu de vocês)
final de semana vai ser produtivo vou dormir pra caralho e produzir paranoias
"vlw chamar" o bagulho q eu odeio, vai se fode, nao me manda essa porra
@user @user o fdp ainda espera o cara se levantar enquanto fica olhando pro adversário caído com desprezo 😎
tava a uma semana sem ir no banheiro direito ai ontem eu caguei 5 vezes puta merdaaa parece q sairam 5 kgs de mim
@user que porra e essa
A coisa que mais da desanimo de ouvir podcast eh essas risada forcada de coisa muito sem graca, pqp, que tristeza, parei com um que eu gostava muito, e virei a casaca, muito por isso. Pegacao de bom humor com tanto empenho que, jesus, quem eh trocador de ideia nato sabe o erro.
vou fazer
@user @user @user @user Tem que dar uma geral na tua casa, essa criança fazendo sinal de arminha é tua filha ? Tem vergonha não , cretino? E se diz Cristão um arrombado desses.
@user nossa véi, sou louca pra descobrir quem escreveu essa porra af q palhaçada
@user vc nunca foi padre. vc é um ativista pago pelo comunismo. ninguém é burro. e vc é comunista.
porra meu pacotinho de seda molhou tudo, oque resta é celulose🤮
@user @user @user @user Se eu chamei sua mãe de puta, você só pode achar ruim se sentir. Mas relaxa, sua mãe não deve ser puta, então não tem porque ficar sentido
@user pqp vo te bater
ufrj eu quero de coração que você vá tomar no cu
@user Caralho , achei q ela torcia pra algum time fora do Planeta terra , sei lá .... Por acha o Flamengo assim como ela descreveu e tal. Quando vi... 😳 era o pequeno do Vasco kkkkkkkkkkk
enchi o cu de suco de maracujá e agr vou dormir
"mira lo gorda que estas. me das asco"
@user @user queria estar no lugar dele sem ser um hipócrita vendido falso arrombado do karalho tem como?
@user pqp muito linda
@user feio é tu
kkkkkkkkkkkkkkkkkk muito bom todo mundo caiu kkkk
rt @user puta q pariu o bahia nunca erra 😭😭😭😭 https://t.co/7sjwtbtsz7
mano vai tomar no cu saiu um jojo battle royale jddiiscidk que merda pqp
caralho finalmente um meme que representa 100% do que eu sou https://t.co/qtfd90r4ew
@user um desgraçado !
as fotos sem um unico photoshop porra eu to muito fwlizzzzzzz o homem é perfeito
por isso não gosto de beber álcool vai tomar no cu
@user o árbitro colocou na súmula que eu agredi ele kkk eu não agredi aquele cara mano, pqp
Esse meu primo é foda falou p mãe dele que ta lá penha e ta aqui em São Paulo😂. Amei a visita desse puto que eu amo muuuuito, meu fechamento desde sempre!❤❤ @user https://t.co/9q2lbCZJm7
EU SABIA QUE TAVA ME LEMBRANDO DE ALGUEEEEEEM AI POXA EU TO MUITO TRISTE PORRA ELES SAO MEUS EXEMPLOS MAJQBDMXLOAKAAAAA https://t.co/4QVOXo7jCV
rt @user q saco eu odeio bater neurose c bagulho nada a ver mas ai fico surtano soznha vai tomar no cu
como não? ah porra. vou juntar os dois.
meu bolso tá cheio de papel de bala kkk e minha mochila também
a serenidade no olhar de quem é dona do meu cu
@user @user para um idiota que conta os dias para eleger o ciro! to no lucro
caralho a vida é mto louca bixo
brocolis é muito boooom pqp
"para de ser boba brenda, porra" 😂😂😂 deve ser alguém que fala cmg kkk intimidade é essa
Eu respondi: Não foi nada, sempre que precisar estou a disposição! Me sentindo uma idiota kkkkkk parece que nenhuma resposta será suficiente
frio na barriga desgraçado
tudo agr é "relacionamento tóxico e abusivo" ah vão pro crlhh tóxico é cu de vcs
fui comprar um, sair com 7 brincos kkkkkk pqp
rt @user caraca, o são paulo abriu os cofres do banco central. https://t.co/lnjrbvv0dh
6 minutos pra acabar e eu me arrepiei nesse período todo caralho mano
bendito seja o mute, caralho!
rt @user três palavras representam o dia de ontem puta que pariu
bando de cu de apito pqp
olimpíadas porra
essa coleção é a coisa mais linda do mundo, fica perfeita na estante
consideração eh oq as pessoas enfiam no cu né pqp
o jeitinho que o carioca fala papo reto, é tão fofo pqp
eu amo os meus amigos pqp são demais
vsf nd da certo
chegarem a coma alcoólica é só estúpido
que sdd da minha tandara porradeira porra
rt @user pior coisa é homem escroto, ó raça fdp
pqp quase morri mas passou
não dá pra acompanhar esse tempo, todos esses dias com calor e a noite aquele vento gelado e agora chuva e frio caralho, a saúde fica como? nem existe saúde mais
em 2016 essa era a época que eu "namorei" e as lembranças do facebook são mt engraçadas pqp kkkkkkkkkk
nem sol tem nessa porra
Minha prioridade sou eu e minha filha , jamais vou ficar batendo cabeça por causa de homem! Por isso que eu vou avisando até eu quebrar o balde pq eu vou buscar porra nenhuma.
@user fdp, não avisou né ok tudo bem eu entendi tá bom já tem outro alguém querendo roubar a cena né 😭😭😭
@user @user kkkkkkkkkkkkkkkkkkkk porra pagou mico ao vivasso
mano só eu q acho os irmãos scribel uns gato?! pqp, eu pegava qualquer uma deles
rt @user hj em dia as muie ta tudo virando puta ai nos nao pode postar uma ft ousada que nos é tmb kk vsf
@user @user @user @user @user Ele não ta nem ai o que vão achar...lembra da entrevista dele falando que era Bambi, mas era Bambi macho 😂😂
@user vai comer logo alguma coisa porra
tava rindo de boa, aí do nada lembrei dos trabalho fudido que tenho pra fazer, triste viu
A coisa mais legal que existe entre o casal e a intimidade e as brincadeiras que eles têm entre 2 , e só vc interpretar clg😝♥️
se a yasmin sair saindo, vou ficar mt puto ela tem que pagar minha passagem vou voltar daqui da central andando
mania feia essa minha de senti ciúme do não é meu 🙄
@user @user @user Azul linhas aéreas meu amigo, não precisamos patrocinio gringo, precisamos de alguem que valorize nosso clube e nosso país.
@user vai tomar no teu cu então
mate um homem na unha diga que o pau dele fede
é de cair o cu da bunda
@user bonita flor obrigada
pereto feio – bafo de outro (feat. nalchid) [prod. by jacksi] https://t.co/ucfhtz859a https://t.co/vgnlbp6zcr
@user @user AAAAAA PORAAAAA 😭😭 sapatao é emocionada mas quando gosta minha filha.......... olha esse casalzao amiga felicidades pra vocês ❤️❤️❤️
@user rola sim bebê 😔
@user feia eh pouco pra definir aquilo
q série pqp
as vzs a pessoa só precisa de um curso no senai pra ocupar a mente e parar de cuidar da vida dos outros
obrigado twitter kkkkkkkk
@user @user @user @user não quer ter filho da o cu então o filho da puta
@user deixa eu bota meu pau nesse cuzinho..
alguém me da o cu pfvr
@user deixa de ser canalha
rt @user não consigo ser fdp
cara esse banrisul eh o banco mais lixo do país
vai tomar no cu que eu não tenho um amigo parceiro ainda bem que eu gosto de ficar em casa pq se fosse depender da companhia de alguém pra sair e fazer alguma coisa eu tava ferrada
@user @user puta exemplo ecbahia!!! belíssima campanha!!
@user @user @user @user @user @user sou sulista e tô começando a odiar sulista k
alguém vai comigo no show do rio de novembroooo
@user falha pra cacete.. não acho não.
@user caralho bixo troca de user n esse é perfeito
odeio qnd minha mãe tira o dia p estressar a porra do saco de td mundo
eu quero mudar a porra do meu cabelo, que inferno
@user tnc rapa, quem me dera se fosse pronta mrm
eu odeio a cristina, odeio gente como ela pqp
rt @user eu amo a isabela é isto kkkkdkndhenwjwnwhaj https://t.co/qlmpmw0bqj
parece que vinte caminhões me atropelaram de tão feia que eu to vot
@user @user ainda mais estressada pqp
rt @user mano pega a visão, vocês querem ser um merda ?, sejam, mas n atrapalhe a vida de ninguém não porra
@user @user kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk para, escroto
@user @user ei porra kkkkkkkk tudo pelo santa, até aguentar a inhaca q vai ta no mata mata
rt @user achei uma babaquice dessa rapaziada que "organizou" essa briga aí na 70. falta de maturidade e responsabilidade do caralho
caralho eu quero um pato
@user @user o cabra diz que a nasa usou sistema imperial e eu é q sou idiota ? https://t.co/dr3tuzvmml
@user teve um que eu vi esses dias igualzinho também mas era uma amiga feia provavelmente com inveja da outra estar casando e ela nao
@user @user qual é a tua cu de rã
eae amizades que frio da porra
dia de semana um sol do caralho p ir trabalhar, fds vem essa chuva da porra que só me dar vontade de comer
bola fora nesse caralho
Se tem uma coisa que sempre me deixa MUITO feliz é quando arrombado vem pedir carteirinha otaku "não, pq vc sabe mesmo do que está falando? Já viu x,y,z?"
rt @user isso é ridiculo e só minha opniao importa.. https://t.co/sv8etxfjw4
rt @user aí caralho, que ressaca que eu tô
mas deus existe irmao kkk eu nao vou precisar nem ir atras desse diabo ruim... nois vai se trombar na rua ai eu quero ver se eh boa memo de falar essas merdas na minha cara desgraçada do caralho
Agradeço por não ter dado certo com nenhum e por terem entrado na minha vida e feito tudo o que fizeram. Muito aprendizado, devo a cada um um pouquinho do que eu sou hoje. Não sinto raiva, nem nada do tipo, graças a vocês hoje eu sou esse mulherão da porra, foda pra caralho! https://t.co/4Qy5XhIX7o
não falo mais nada também vsf esgotou minha paciência
@user feia fedorenta
que texto viu. pqp https://t.co/g4rldioeln
boooorraaaa porra
por que eu fiz esse compromisso??! eu tenho que pensar muito antes de tomar uma decisão, só tomo no cu mesmo
@user @user essa bixa é mais azeda q limão
@user caralhooo, que fdp
acordei irritada, pqp
não vejo jornal porque me dá uma agonia danada , pqp 🙄
@user grt tu é forte pra crc,desanima não. haverá dias ruins e haverá dias bons! tô aqui,se quiser conversar me chama. te amo macaca😍
rt @user pretinha é mó esperta querendo q eu busco ela na raia ,ta chovendo pra crc
tentando igual louca me cadastrar no aprendiz paulista, se eles selecionaram por baixa renda esse momento vai ser meu kk
calma meu amo to indo meu amo ja to chegando meu amo pqp quem prendeu esse gato ai vai toma no cu qlguema dota esse gatinho
sonhei c uma pessoa mt aleatória e quando acordei tinha mensagem dela pqp
la casa do carai meu bom https://t.co/n7pxygqudu
@user para de fogo no cu
rt @user vai toma no cu, criança de 6 anos mds
salvei pra mostrar pra cabeleireira
ta de brincadeira??
@user @user caralho à tartaruga é mt forte wtf
putinha sem calcinha 😂😂😂😂 sacanagem
um dia tá calor e no outro tá frio e a minha imunidade vai para a onde? na pqp
shawn mendes eh homofobico pq ja deixou claro que não eh gay cancelem essa aberração 😡
rt @user brt q hj é td com a coroa kkkkkkkk https://t.co/gngdzeevsc
vou marca com as manas pra mais tarde rola a pizza
caralho, 3 priminhos de vez na família, em 1 semana, se eu não fosse gay, estaria c medo de ser pai tb
não tente foder com o meu piscológico, se não eu vou acabar fodendo com o seu!
twitter cu seco cortou a foto
@user oush! cada semana rola uns 2 blocks.
@user Quando eu trabalhava lá a gente pensava a mesma coisa Cada lanche que a gente fazia era um pensamento "puta merda isso aqui vai da um colesterol brabo"
só vim pro trabalho hoje pra marcar presença, porque não tô fazendo porra nenhuma
pelo menos esse apareceu pra se desculpar por ter sido um babaca *-* anos depois mas ok
@user @user malicioso, mentiroso e cara de pau. que sequência reveladora... em menos de 2 minutos...
puta que pariu meu sonho agora
porra amanda voltou a dormir
rt @user foda que ela é linda e eu apenas sulista dançando brega funk https://t.co/b0564oigfw
flowzin da vettorazzi é um nojo total
na porra do baile ela joga o rabao
vai se foder, 4 derrotas seguidas
@user e ta certíssima em ver e pesquisar sobre. Ser atacada sem argumento é foda e quando ela rebate enfiam o rabo no cu e correm. Cansativo quando seu trabalho nunca ta bom para ninguém, fãs chatos... mas é aquele ditado da Ru: Se eles não pagam suas contas, FODASSSSSE
rt @user como prometido ta ai a continuação do vídeo postado a tarde comenta e posto um video o boy botando a porra pra fora https:…
esse filme do tubarão que mata todo mundo é tão idiota pqp
vocês são umas otarias da merda! não ligam um caralho ao Porto b mas quando o Porto diz que alguma coisa do Porto b é de graça vocês até correm feitas cadelas! nojo de vocês.
quem que faz isso meu pelo amor de deusssss eu odeio a internet
um homem que eu nunca vi na vida me chamando de vadia "protegido por deus" cristão falso filho da puta https://t.co/dwpz867gjq
@user que mande um link em soltinho mignon gui de arroz uma compartimentos inteirando de onde um cu pítias
solta o fav @user - primeira impressão: chata mimada - nível de proximidade 19000009 - gosto de você:gosto - considero:best - onde conheci:clg - pra ser honesto namora cm o Rafa logo carai
não vão parar de falar de santa maria então o gente pau no cu kkkk
@user anão
atrasada para caralho
rt @user caralho quanto mais escuta a musica mais grave ela fica surtei https://t.co/xko5auuahp
@user sai seu viadinho
@user homem é uma praga mesmo pqp
o tempo não pode mudar que o carioca já quer colocar um casaco
minha mãe ia meter o "parar de ser retardado e faz logo essa porra"
@user @user Ah sim. Acho que e um puta classico. Mas eu so corinthiano. Paulista. Eu sei o que e isso aqui em sao paulo. Assim como vc vive ai e deve ter uma visao diferente da minha sobre o grenal. Respeito tbm. Mas fico com o meu confronto. E vc segue com o seu. O importante e a rivalidade
rt @user o cara é uma máquina de meter a real em p*ranha fica bem meu puto https://t.co/iencicn6se
@user fdp kkkkkkkkkk
vergonha dessa mídia lixo agora deram pra defender imposto ta "serto" 👍
aí tu fala "po man nem rola ta acabando" e ainda fica com fama de ze buceta q síndrome de parasita do caralho
ai porra
@user odeio? te mandei coisa no caralho do instagram e vc nem me respondeu
rt @user @user porra ministro, esqueça hacker, esqueça fofoca, o que vale é a conversa.
@user @user Que papo furado esse, se tirou a porra do PT pq faziam as merdas, agora tem que medir o governo do Bolsonaro com a mesma régua do governo do PT. Não era pra ser diferente?
@user caralho, idris elba representou
o bglh é andar com uma faca, faz um bglh desses já passa a faca no pescoço
rt @user que preta, pqp 🤤🤩 https://t.co/guolvlp0ly
se ela decidir cortar o cabelo curto eu to fudido 🤤
@user @user 🥺🥺🥺vai se foder
E meus pais que se acham muito adultos mas estavam discutindo feio pq não sabiam qual parcela do imposto tinham pago, eu fui lá bem basiquinha e resolvi tudo😂
rt @user os sambas da beija flor para 2020 (vídeo) ouro de tolo - https://t.co/jyhumgfa9f
para que tanta merda e tanta logística para fazer a puta de um ovo estralo...
@user kkkk faz ent fdp
até meu pai na sofrência pqp
menumas é muuuuuito bom vsf 🥰💆🏻‍♀️
@user porra se tu for pagar me chama também
nancy não fez nada de errado sarah chata pra caralho
resfriado maldito pqp
rt @user na seca ... machucou um pouco, mas tesão do caralho! 😈 https://t.co/lcainrjwgv
pqp acabou a luz
@user hahaha, ate parece q vc n sabe q p tirar o poder do anao vc precisa comer a pera no cu dele, para de se fazer de desintendido
ta... já tô puta, pq olhei no espelho e meu cabelo continua nesse comprimento merda. ta uma merdaaaaaaaaaaaaaa
@user não me chama de idiota, seu idiota
rt @user o passivo novinho aceitou dar pros dois amigos que são namorados. não esperava que eles fossem foder sem dó... https:/…
@user ai vai se fuder
estou juntando dinheiro no cofre, focoooo vou encher essa porra toda!!
@user sai vagabunda kkkkkk
rt @user festa da glória sem frio nem tem graça, mas chuva não rola
rt @user meus irmãos hj eu to só o pau da placa
meu, eu odeio quando as pessoas me mentem, vsf
@user kkkk minha frase eu coloquei sua bixa
caralho, voltei sem camisa pra casa... nem lembro oq fiz com ela
@user @user @user @user @user Lá vem, piadas com sulistas e piadas com brancos podem né? Vejo várias piadas assim e vocês não falam q é preconceito, hipocrisia da porra
essa hora da manhã caralho
que feio, brincando com a comida
TUDO IGUAL! Em duelo realizado neste sábado (3), pela rodada de abertura da 2ª fase do Paulista Feminino, São Paulo e Palmeiras ficaram empatados em 1 a 1. #SempreJogamos #FutebolFeminino #PaixãoQueNãoSeMede #Amanco #GuaraniMaisQueAçúcar #Savegnago 📷Rubens Chiri/saopaulofc.net https://t.co/EjFf1fax1y
rt @user eu saindo do role com bala de borracha gay pqp
sou muito cadelinha dos taegi pqp 😔
Bagulho chato é gente que se acha dona da verdade. Única opinião possível é a dela. Quem discorda é lixo. Bloqueia, faz os caralho. O Mauro é quem melhor personifica o que tô tentando dizer.
e meu irmão que acabo de derrubar meu cell com uma capinha vagabunda que ñ proteja nada
eu aguentei desde quarta essa desgraça com uma falsidade do caralho mas dps q eu fiquei sem paciência por outros motivos e ela começou a fazer gracinha olha ja deu
eita situação do carai
perdi 5 quilos e continuo me sentindo gorda como lidar
@user Nos conhecemos no tt, mas minha namorada da época me proibiu de falar com ela. Quando fiquei solteira voltamos a nos falar, que foi bem qnd tive que sair da casa da minha mãe pq ela não aceitava eu ser sapatão ai no primeiro dia na casa nova ficamos e dps moramos juntas até hj https://t.co/FxzDsHl89d
rt @user @user vai pertuba o juan , tá pensando que essa porra aq é brincadeira
pq deus
comendo bem pouco hj pra não ficar com uma barriguinha saliente a noite kkkk e ngm vim de gracinha pro meu lado com pergunta idiota
@user @user @user o cara vai se prejudicar por causa de um verme racista??
Ai VeLHo qUe QuE cÊ qUeR cOmIgO pOrrA qUE disGRAça VeLhO o SEu aRRombADinho qUe sAcO veLhO mANo sAi daKI vÉi NADJSKWKENSNSODNKS pOrra qUe disGRAça velho SAI DE MIM qUe bosta vei
é aquele famoso, uns quando bebem querem brigar, eu quando bebo quero fuder
postei lomotif no tt,não deu nem 1 hora e eu apaguei,foda ser feia
eu passo mal vnd uns trem desse pqp
@user @user @user kkkkkkkkkkk maldito
como é bom não trabalha no sábado pqp
rt @user imaginem essa manchete - de 1979 - nos dias de hoje... https://t.co/f2u4tgbx48
hoje é dia de tora o pau rapaziada
q porra outrória eh a música mais perfeita porra
@user cala a sua boca idiota, queria saber como que eu te aguentei todo esse tempo
apenas mais um para o lixo da história.
vou fazer postagens bonitinhas pro meu namo pq sou mt boiola
mano com a minha mãe tinhas levado uma puta que só paravas no hospital!
@user gordo cerdo
rt @user vo pendurar meu certificado de troxa do lado de onde ta o do proerd
porra 19:30? quem chega? 20h já é ruim
@user caralho mano, 1 rengar o cara é mt sortudo best unit in the game
@user porra de pamela
ensinar gringo a falar cu de macho achando que é uma comemoração
rt @user gente sinceramente olha a cara de mal que esse homem faz puta que pariu que delicia https://t.co/ehovst9jjn
rt @user que casal hetero fazendo filminho o que isso sim que eh fofo demais porra https://t.co/huetyygwtq
mano estragaram meu notebook vsf
@user vou neguinha, q hrs?
o pior/melhor de tudo é que eduardo veio também de santa cruz kkkkkkkkkk
tá muito frio pqp 🥶 🥶
não dá nem pra falar " feia mas com saúde" nem isso eu tenho
kkkkk, pqp
rt @user post somente utilizado para xingar o presidente @user vai toma no cu
meses depois e eu ainda não sei kkk aliás gosto é que nem cu
@user vis a vis porra!
@user pra mim n tem nd feio
rt @user eu com 12 anos nem um tele em condições tinha e vocês com menos idade ja fumam e saeem á noite e com iphones e o caralho f…
rt @user desenha pra caralho https://t.co/ynwrnp6h7w
@user pra cima dos gringo carai ❤️
@user bro ficou mo bonito pqp tá mt lindo msm
@user @user Exatamente! AHUEHUEUH. Não, sério, é tipo uma experiência de vida, tu para e pensa: CARALHO! Eu consegui aquilo, então consigo qualquer coisa.
sociedade lixo
rt @user por isso eu falo, amigo de cú é rola. bato neurose mesmo e acabou amizade porq a amiga sou eu !!! https://t.co/8razlmkdno
@user foi o augee essa princesa no lixo hahaha
a base vem forte fi 😁❤🔴⚫
A maior mentira que vc pode ler sobre pan Nossa sexualidade nunca foi transfóbica! Um dos motivos dela ter surgido era pq os bis nn aceitavam homens e mulheres trans! Isso é um absurdo além de ser desrespeitoso! Durante tempo os bis foram muito transfóbicos p agr apontarem dedo https://t.co/gu7ZNxoMWj
rt @user sdds do nosso grupo kkkkkkkkkkkkkkkkkkkkk https://t.co/dnjhrfuzdi
respeita o funk caralho
q inveja é essa minha filha, da uma segurada na emoção kkkkkkkkk feia
apagando 67.983 mensagens puta que pariu
manipulação do caralho
sushi de boi? tô fora, pego meu remédio de verme e vou embora
o programa eh totalmente escorado nos idols e sustentado pelos mesmo, 2 machistas escrotos que lambe cu de bg famoso pra ganhar audiência
cu doce, ja te faleiii, pareiii pareiii com isso juro kkkkkk
@user Mas eu falei direito... Não te xinguei e vc com esse mimimi tem que tomar no seu cu... Pra que ficar de babaquice então ?? Se mata porra, não tá satisfeita ??
eu tinha brincado que queria ficar doente pra emagrecer, bem feito idiota. agora tá insuportável o que estou sentindo
desgraaaaaaçaaaaa, q agonia da porra
o cinéfilo boy lixo não sabe um filme bom quando tá na frente dele.......
@user uma boa piranha*
puta merda cadê a porra desse remédio
julieta tem que contar sobre a bárbara aaaa pqp
@user @user felizmente não tenho irmão da sua laia, puxa-saco fdp.
carai, que jogo lá e cá
caraio irmao q fitaaa
isso é revoltante pqp
@user eu vejo um goblin chefe, q ta mt puto
rt @user compra moto pa anda com muie feia na garupa
@user vagabunda
@user seu canalha. daqui 3 anos ninguém mais lembrará de vc e da sua claque fascista. enquanto o nome de paulo freire é eterno
rt @user e a cara de cu a gente esconde como? https://t.co/vrym6bhm5d
que porra tlgd ,pensa tu ta super de boa fazendo uma comidinha e chega o maluco e faz isso, chegar ficar abraçadinho encher de beijinho q é bom nada né
@user fico puta só de lembrar
caralho perfeita
@user kkkkkkkkkkk vsf vou falar nada não
rt @user quem puder ajudar por favor ajude https://t.co/ocak3vr1fv
@user vacilação é lixo kkkk
@user não duvido pois mau caráter
carai, meu computador tá parecendo que vai voar hoje
Caso contrário eu vou embora mesmo, sei q minha saúde mental vai fuder bastante também, mas pelo menos eu vou estar no curso q eu quero, e é BEM melhor q estar no cursinho, vou ter minha independência também, vou sentir saudades de todos, mas estarei correndo atrás do meu futuro
[3/8 11:58] playboy: ficou doidona ontem né fdp [3/8 12:06] narizinho✨: kkkkkkkkkkk [3/8 12:06] narizinho✨: fiquei msm kkkkkkkkkk q ódio
dois treinadores impossíveis de odiar
rt @user eu sou: ⚪️ gay ⚪️ hétero ⚪️ bi 🔘 muito feio
preciso comprar um fone, pqp... esquecer o mundo ouvindo só as melhores do homem kkk
sem novo essa merda velho pqp https://t.co/nwnty30cjf
atende ai, bb, fala comigo! meu dia do ano chegou, agradecer a todos pelas felicitações e mensagens de carinho.. hoje o pau quebra!!! 🇧🇷 https://t.co/XIU2Fzx5gL
rt @user acordei no ritmo mc brinquedo pra pegar esse ônibus: caralho caralhooooooooooo
cidadão de bem = bicho burro por isso o gado é contra a educação https://t.co/xwtswiqrw3
@user ei vai toma no teu cu myckaela
Canadá, Holanda, Estados Unidos, Uruguai etc ...mas no Brasil é imoral, nocivo e prejudicial aos cidadãos .. tnc nojo de tanto otário fazendo lei pra eles mesmos ..
justito pal sabado gg
@user te amo muito flor #mpn #nowunited #uniters
Botei Sophia na cama comigo p dormir, quando fui ver a menina tava de bruços, sim, sim ela virou kkk e ainda conversa ctg quando fala com ela, faz pirraça quando ta puta puxa até os cabelos...Apenas 1 mês!!! 🤦🤦
@user @user é um lixo de militante!!
porra alguém
@user @user que isso caralho ta lokao? quer morrer quer machista?
rt @user eu sou: ⚪️ gay ⚪️ hétero ⚪️ bi 🔘 muito feio
rt @user ai gente e a lexie quando descobriu que o mark tava saindo com a teddy tadinha da bichinha https://t.co/r5czvqc0lj
voltei caraio
eu nasci com ele com caracóis defendidos e o filho da puta mudou e tem caracóis defecientes agora!
@user nem me fala dessa merda vai toma no cu
depois tira e enfia no cu
o que achou?
Gente acabei de crer q meu cabelo nao gosta de mim mesmo qnd eu finalizo ele e fico em casa ele fica maravilhoso super definido brilhando mas qnd eu finalizo pra sair pode ser a finalização mais mara de todas do universo q ele fica um cu pq faz isso cmg cabelo?
@user com certeza viado
rt @user que dia mais filho da puta. ¬¬
@user e eu que vim olhar todos os comentários só pra encher meu cu de manip isndkdnfjf daqui a pouco os Larry vão acabar vindo pedir "fotos" deles p gente de tantas que são
Todo humano normal sabe q ser obrigado a participar de uma coisa é errada ex: Sexta todo mundo vai pagar pizza, festa obrigatória etc... Mas o que deixa puto é ver humanos defendendo q vc seja obrigado a ser roubado e a seguir regrinhas escritas em guardanapos Ah MANO
@user o seu cu
carai queria muito brotar nesse racionais hoje
gabi sempre vai a craque tóquio caralho
role aleatório da porra me senti o ronaldinho, tava no boteco tomando umas ai do nada mk
@user porra tomo um tapão que vem por dentro
rt @user pegou a consideração e enfiou no cu
vai tomar no cu tô me segurando para não chorar krl merda
@user acha bonito ser feio
@user kkkkk vsf . eu jogo lol, esqueceu??
vai se fuder !!!
rt @user indo ver as amigas que eu gosto e fazer um almocin ,amo tanto vsf
rt @user muito puto por causa desse tempo
vamo se valorizar gente!!!! não nos que estamos perdendo, é a taylor swift que está perdendo a oportunidade de conhecer a gente somos legais, engraçados pra porra, lindos, cheirosos e não vazaríamos nada https://t.co/72Bkevrr6P
não tem hora e nem lugar pau quebra..👊
@user não esquece desta, canalha: https://t.co/gaq8tost5b
brunão do de férias com ex fechou parceira com a pipz iii carai
@user fiz curso ctg né feio kk
@user Esqueceu de dizer: vcs vão continuar a chorar BABACA!!! Bolsonaro até 2026!!! #SomosTodosMoroEDallagnol #SomosTodosBolsonaro e pra não esquecer, #OLulaTaPresoBabaca
queria ⭐️ degustando uma flor com outra flor https://t.co/snrrn9vy5h
@user Fui a Brasília e só vi pasto nos três poderes, um bando de mulas no Palácio do Planalto, nos ministérios, no STF e parte significativa do congresso nacional
ai essa novela é tão iconica, lembro até hoje do plot twist pqp eu fiquei chocado na época
hoje eu vou sentar numa rola diferente
rt @user meu sonho é participar do de férias com o ex, mas meus ex's são tudo retardado eu teria vergonha
@user ele é ridículo kkkk
eu fico tão triste vendo gnt ignorante ocupando cargos tão importantes, brasileiro é bicho doido mas n é burro não, o ministro *não* me representa!!
era para mim ter acordado 9hr da manhã e meu despertador tocou agora mano na moral vai tomar no meu cu perdi meu sábado
vendo lucifer de novo pois essa é uma série do caralho
ela é muito fofa puta que pariu que q eu fiz pra merecer uma amiga dessas
@user vai tomar dentro do seu cu e da gelo do meu twitter
sonhei q o damon albarn tinha morrido caralho q susto
esse time me odeia, olha o sufoco pqp
Desculpem mas assim não é bonito , pessoas têm que entender que lá por ser grande não significa que tem qualidade. Acho feio rabo assim https://t.co/G9BLvICKBv
rt @user @user sempre tem um retardado na turma né. olha a aula que o professor está dando e o imbecil dançando !
esse bichinho aqui é o meu patrono pqp muito fofo amo
nao existe jogo mais filha da puta doq free fire, puta que pariu
vcs chamando o kai de feio é só falta de atenção
essa seleção de vôlei fraquíssima pqp
@user boua vagabundo, ou good vagabond como ce diz na inglatera lov &lt;3
é muito mimimi. mentiras! por isso estão no esgoto. a luta contra o comunismo continua.
tipo eu querendo fazer churrasco 🤷🏻‍♀️
E num momento bacana como esse, onde o futebol brasileiro resgata vários grandes jogadores da Europa, a gente está discutindo qual a melhor contratação entre todas. A mídia esportiva brasileira me dá nojo. Podiam nos valorizar, mas nos dividem. VÃO TOMAR NO CU! #Brasileirão
x-tense esticou-se fds pqp
ai caralho ooooo 😂😂😂😂😍🥰😍🥰😍🥰😍🥰😍🥰
afff pqp
@user Mo tu não tem noção khkhjhk eu sou stan do Daryl mas pqp eu AMO quando alguém fala merda e fala mal de algum personagem pra enaltecer o Daryl e a Luísa vem e taca essa figurinha jhkhjhk
só chover que a porra da net fica ruim vsf
carai, q q a gente vai apronta nesse show de talentos da equipe hj bicho kkkkklkooo
@user tá dando q vai chover, e pra caralho
@user @user @user essa menina se superou, feia por fora e por dentro
cidadã de bem atacando, gratuitamente, um padre que nunca ofendeu ninguém
o berro q eu dei @user @user
pqp olha essa beleza
@user @user @user Presidente Bolsonaro taí a dica de Milton Neves! Excelente indicação para enfrentar essa corja de corruptos e seus simpáticos da corrupção.
@user kkkkkk deixa de ser feio
to muito puta puta que pariu vai tomar no cu caralho
@user Putz, tocou no Ponto célere pra destruir a mudança de cenário das janelas Intenacionais invertidas para nós, me preocupa demais... pqp!
rt @user absurdo https://t.co/lqzapd0tru
@user tá fudido
fui fzr um suco de acerola, mas coloquei uma polpa de goiaba junto. ñ ficou ruim, mas eu me sinto mais retardada no momento
@user @user esse é um ladrão vagabundo
ok peguei ranço ,,,,,, to puta
@user bom dia flor d dia
que delicia 😋😋😋😋😋 de buceta que peitos mais gostoso de chupar
[2/8 22:15] júlia albert ✨: amanhã vamos sair 14h [2/8 22:20] pretinha 💛: tá bom amor já vai dar 13h e a bonita ainda não acordou
da saga fotos que rola postar só no tt😅😊💙 📸:@user https://t.co/zurov8wl0m
@user os caras defendendo imposto pqp kkkkkkkkkkk @user ❤️
minha mãe deu uns conselhos sobre oq tá acontecendo cmg que pqp...
@user @user diferente da baleia da sua mãe fdp
pqp perdi o 523 na cara mano
ai saiu eps de theory of love pqp preciso dele legendado
crlh homem n presta pqp kkkkk fico de cara cm essas coisas
@user @user @user @user @user fonte do instituto tirei do cu
garoto escroto namoral 😂😂😂
rt @user que porra é essa kkkkkkkkkkkkkkkk https://t.co/jtuwfbs9lp
agora fudeu né gente
não sei pra onde vou pqp, se vou pro ngm da clara ou curto o aniversário da minha fecha
@user o caraí, a mulher deve ser feia msm hein,vou acabar acreditando assim akakakakaka
eu comprei meu coração no ebay , essa porra veio com defeito
ontem um gajo queria discutir comigo sobre as minhas pestanas, tava a dizer que não eram minhas, filho da puta 😂
Mais um bolsonarista mostrando ao mundo q ser escroto e filho da puta nunca é d+! Richard Rasmussen, Biólogo e apresentador, foi acusado de ter pago pescadores pra matar um boto na Amazônia. Fraude é a palavra certa para defini-lo. E imaginar q até um tempo atrás eu o admirava. https://t.co/rIlQqjkv3H
juanfran está perto de jogar o br, tnc esse ano o br vai ficar o crime
ai jennie tira esse tênis feio do pé
@user E ainda so os masc/transmasc ali Achei massa q é nome de CLASSE DE RPG ACHEI INTERESSANTE MARINA EU GOSTEI DE COMO NOMEARAM PQ NUNCA TINHA VISTO ALGO ASSIM O CARALHO SABE LER NAO
@user eu sou pretinha louca e não sou de gêmeos então tá tudo certo kkkkkkkkk
gente quando vcs perceberam que a coreografia de our dawn is hotter than day é composta por várias partes de outras coreografias do seventeen ?? PQP GENIOS DMSSA https://t.co/K7Y4ui7EjU
a quantidade de incêndios a acontecerem é absurdo. aos filhos da puta que põem fogos, só espero q um dia ardam vivos lá no meio também
kkkkkkkkkkk socorro kkkkkkkkkkkkk
Puto musculoso gemendo com o plug anal. @user @user @user @user @user @user @user @user @user @user https://t.co/5MCrY6QAJn
QUE PLOT FOI ESSE MEUS AMIGOS QUE PLOT FOI ESSEEEEEEEEEW ARREPIEI PELOS QUE NEM SABIA QUE TINHA ARREPIEI MAIS QUE PELOS FEYRE DONA DO MEU CU EU TO TREMENDO COM TAMANHA INCRIVELIDADE, FODALIDADE, MARAVILHOSIDADE EU TO TREMENDO AAAAAA https://t.co/JnHVsm35Wx
porra toda escola tinha que ter um professor desse👌🏽
@user desgraçado kkkkkkkkk
Porquê este meliante não está em penitenciária comum? Não queremos pagar mais esta conta$. Este fdp já nos deu muito prejuízo, incalculável!! Quanto esta custando$$ por mês manter este elemento aonde está ? Não pagaremos mais! Já fomos roubados demais! Chega!! https://t.co/NrHE5VchkY
que porra vei
fala pra mim yes or yes caralho
@user por isso nem saí hj. tô feio barbudo viu ficar assim mesmo kkkk
uma das coisas que mais me irritam é nego se metendo na porra da minha vida
pq q ninguém me aceita nessa porra de grupo eu preciso de um freela
já acordei meio puta que sonhei com a marina ai já lembrei o quão escrota ela foi, bom dia
eu sei que peguei a dignidade e enfiei no cu quando um cachorro morde minha jaqueta cara e eu vou lá de raiva e mordo o cachorro
manooo eu esqueci o ovo no fogo pqp torrou essa merda
dar o cu — nenhuma https://t.co/2aoighlajv
ele vai pra academia mas tá tomando bomba tá tomando bomba mas quando ver a tchucaaaaaa o pau tá pururucaaaaa
@user po caralho
caralho esse garoto é tão perfeitinho
aí deus pq o rafael é tão neném assim, o raiva, sair com ele é bom pra caralho pq ele é gigante tbm
@user @user @user @user @user @user sou apaixonado no angel e no billy pqp😍
@user @user @user é assim que se vê o caos da educação brasileira. pqp
vi tanto na tl que deu vontade de comprar porra
pqp gata pra crlh 😍😍😍
Deus tá mandando um sinal que não é pra mim andar de bike pq pqp bicho, o pneu da minha bike furou, aí arrumei e furou dnv, ae comecei a usar a do meu pai e a merda do pneu furou também, EU TO SEM BIKEEEEE, COMO VOU FAZER AS COISAS SEM BIKE, INFERNOOO
tavin fdp me deu um carreirão e eu achando q era alguém
amor o caralho quero meu salário
@user kkkkkkkkk vai tomar no cu kkj
@user @user @user Tanto babaca falando merda sobre essa diva. Tenho certeza que se ela passasse no lado desses idiotas machistas, eles ficariam com a piroca dura. Nojentos 🙄 Torcendo por ela ❤
fav = @user 🤮 - primeira impressão: feio 💘 - nível de proximidade 0 - 10: 5 ✨ - uma mensagem pra você: 🤷🏻‍♀️ 🥵 - ppp na dm
@user aqui vemos uma pessoa ponderada, capacitada e esclarecida. BEM diferente do atual presidente do STF - Incapaz, despreparado e incongruente.
nem 13:00 resolvo ir no banheiro e já tem um viado safado com a piroca de fora no mictório querendo banheirão plmdds https://t.co/qs17tavf61
rt @user no meu caso é a barra de serva maos feia, mais chata do grupo, além da única pessoa gorda@user classe https://t.co/wdyfdr…
que role do caralho meus amigosss que roleeee...
caralho... quase chorei puta vida
rt @user cria da posse, dj mais pica da escócia, humildade e pureza, mlk bom https://t.co/z6qhsjbv2i
tem isso????? 😱
porra, beijei coisarada ontem
Fuck | Marry | Kill [SIGNOS] AR F: Libra M: Gêmeos K: Aquário (me perdoa anjos mas enfiem sua frieza no cu) ÁGUA F: Escorpião M: Peixes K: Cancer FOGO F: Sagitário M: Áries K: Leão TERRA F: Capricornio M: Virgem K: Touro
nossa eu to muito boiola
pqp que letra foi essa que eu criei caralho,preciso grava agora pprt
me senti agoniado vendo lorin sagrando furado pqp vei 😪
é o cúmulo mesmo minha mãe vim falar um monte de merda pra mim, meu deus do céu não vejo a hora de sair dessa porra de lugar
zoia o preço do lanche pqp
@user porra cria, aguento uma porra dessa não
@user "Menina" é mulher dês de criança porém é criança e vocês não gostam de falar que é mulher né? Mulher pra eles é Apartir do momento que tenha peito e bunda ata né, me estresso com essa gente, e não liga tu é um mulherão da porra e tem corpo sim
preciso embrazar com as criaaaa porra q sddds
@user kjashjk pqp eu so me enrolo mas esse semestre a gente vai papo 10
jogo ta feio tecnicamente aff
Daqui a pouco vai colocar eu e o Luan para fora de casa. Eu falando assim vão pensar que minha filha é um monstro, tira essa ciumeira das roupas dela e a bicha é muito carinhosa ❤️
marca p nós se ver, pode ser pra fuder..
vamo acampar porra? — papais nao deixam 😔 https://t.co/fqef9ug2of
garoto burro demais kkkkk morro de rir
@user @user só um idiota para acreditar nessa história.
o vaisefude cu
*ignorando a legenda pois está belíssima* como eu queria cortar meu cabelo agora
tu é uma corna que eu amo pra caralho
tô boba
rolê pra tocar clube da esquina e terminar com algum pagode fudido™️ tá mais perto do que vocês imaginam...
@user nao é crua pau no cu
faz-te um homem porco do caralho
@user kkkk isso mesmo flor.
nossa....to puta.
Continuando os trabalhos... vem com esse cu apertado... pois o tesão está gritando aqui.... quero enterrar minha pica com força nessa rabeta gostosa.... seu filho da puta tesudo do caralho 😈 https://t.co/r4fVaW7kTP
eu acho que já toda a gente sabe disto mas porra o carlos coutinho vilhena é um génio já perdi a conta às vezes que vi o resto da tua vida
o rodrygo vai ter que carregar mais um mediano que se acha craque.
até hoje não entendo o porque o twitter tira a qualidade da foto de perfil, não que seja bonito, mas né... custo a gostar de uma foto e quando coloco no perfil ela perde a qualidade, é foda ser feio.
a única parte ruim é que garanto q de noite vai estar um frio da porra
@user Kkkkkk tb to em sg migo, eu to passando pelo Paraíso agora e pensando exatamente isso: EU AMO SG MAS QUE CARALHO DE TERRA DE MARLBOROOOOO.
o desgraçado é um gênio https://t.co/5vrqhbty62
se a minha mãe fosse essa senhora já terei quebrado na porrada esse menino só por ter cuspido na frente dela, nojento do caralho e ainda atira na cara dela vsf irmão https://t.co/eiNcDRjSW2
tóquio é real porra #voleinaglobo https://t.co/emfxyr6g55
o homem dando desculpa por ter parado na frente da minha garagem vai se fuder
crlh deixou fudido
rt @user e as universidades da direita, formaram vermes que nem esse abestalhado, canalha e babaca... https://t.co/2qamvrlm6l
melhor 10 inimigos do que 1 fdp desfarssado de amigo
“a mana é macaca veia já” deves, nataly
rt @user prédio mt bonito, saudades de te mirar sacana https://t.co/l2pakgaosy
@user ta porra lagartixa, tu bebeu agua para caralho
meu cabelo cacheado minha irmã fala que tá feio, eu aliso fala que tá feio, uai minha filha kkkkk
mereço minha irmã falando que virou viado kk
é pra minas assim que pagam pau e criticam as pretas?
oitnb é uma série do caralho, última temporada e vieram problematizando mais do que nunca as péssimas condições das presidiárias, os abusos sexuais, pagamento igualitário entre homens e mulheres,questão das imigrantes nos eua. meu total respeito. #OITNBForever #OITNBfinalseason
eu simplesmente consegui "perder" a identidade dentro da carteira, no lugar mais óbvio possível, o pior de tudo é q liguei p casa da vó, fiz B.O online e os caraio
rt @user sua puta, putinha
nunca vi uma coisa tão feia
não vou me estressar não vou me estressar não vou me estressar não vou me estressar pessoa : a vai se fuder fdp do caramba!!
eu não faço questão de ms porra nenhuma, fé
a gente quer ajudar as pessoas e só toma no cu eu sou prova vítima
puta q pariu q cólica do caralho útero tóxico
@user caralho faço técnico e sofro com isso direto eh foda amigo
@user @user @user O babaca do diretor do INPE queria colocar todo o aumento desde 2017 a 2018 na conta do Bolsonaro com apenas 6 meses! Tá certo isso? O Min. Ricardo Salles e o Bolsonaro não negaram aumento, mas apenas questionaram a culpa do Bolsonaro, como o imbecil queria dar entender que era!
caraluo porra consefuimos.porra vai bras8l.porra.buceta caralho uhuuwusuauzhqjzhqudhajai aaaaaaa
noah por que você eh tão cara de pau https://t.co/sikjorozg8
@user @user aproveita e faz a do joão frango também caralho
e gente saindo correndo pra socorrer o racista bah sabe joga nos trilhos caralho
@user tomei no cu
@user kkkkkkkkk vai se foder mano
so estrela no sp
To tentando reorganizar meu ciclo de sono por causa da volta as aulas ja que esse semestre eu to decidido a realmente estudar mas acordar cedo além de me deixar improdutivo, me da uma puta dor de cabeça
@user porra sumiu
@user eu ainda aceito ser comparada com cólica, mas parto n dá nao, deve doer pra caralho um monte de contração e uma criança atravessando uma ppk sem espaço
morta meu chip da vivo tinha sido cancelado justamente pq eu não recarrego a tempos e alguém botou crédito do nada que porra é essa
"Nazismo é de esquerda!" O engraçado que o nazismo e a direita tem praticamente as mesmas tecnicas e hipocrisia iguais, só muda que o Hitler era inteligente e filho da puta, agora o Bolsonaro e Trump são só filhos da puta mesmo! https://t.co/ZefbB4wxZ2
rt @user pronto ja estou melhor, preparado pra ser troxa dnvo, so vamo
caralho q ponto pft #voleinaglobo
@user porra a vontade é de mandar tomar no cu mesmo pq é impossível trabalhar legal lá
caralho mano. várias pessoas desconhecidas me chamando na dm viado mandando vários tipo de msgs positivas. vc caraca😻😭
mano, não entendo pq minhas amigas se acham feia sendo que elas são maravilhosas, odeio isso
@user poura viado, só acordei e fui emborakkk
rt @user @user @user então somos dois irmã pq vamos perde dignidade todinha lá kkkkkkkkkk. me solta porra 💃😂😂
a minha mae tem uns surtos puta que pariu
@user @user caralho n da q fofo
Triste por ter motivado tanto ele, mas n sabíamos a vagabunda que estava se relacionando. Meu amigo merece muito mais! Triste por ele ter criado confiança em alguém que n presta, e agora nunca vai confiar em uma MULHER de verdade por causa dessa menina que não quer nada c a vida
rt @user foto feia tmb se posta 🥵 https://t.co/z43vxuu5sv
mano o muliro é mt burro daskhliuas.idhasl.idhsabilh.dsauihdsaluiohasd
@user @user pau no cu da nota paraná
rt @user eu olho pra essas coisas e penso: deus criou o homem cis a partir de qual cu https://t.co/lwghrd22to
rt @user pessoa certinha é um cu né
não adianta tu dar uma de superado e ficar postando indiretinha p mim, retardado
climinha pau no cu de sp hj ein caralho
@user c*sne branco é um pau no cu filha da pita odeio mais quE TUDO SÉRIO NUNCA VOU PERDOAR toda vez que abro minha pasta e vejo só preview e nada de hq eu quero MATAR mano que ODIOOOO
meu deus esse segundo episódio da season nova de queer eye pqp 😭😭
2015- poderia ter sido pior 2016- LIXO poderia ter vivido sem essa 2017- Lindooo, 0 defeitos 2018- Meu melhor ano (ignorando estresse político) 2019- meio pombo, mas meio bom
porra, essa caxumba rodou a família toda. a ketelin a gigi e agr eu
@user lindo como sempre pqp
[3/8 12:56] caslu 😝: como é não poder me chamar de feio? minha meta eh ser q nem o lucas
@user amg como você aguenta camilizer pqp
caralho derramei cafe no livro vei q inferno
@user Esse cara idiota é louca e aproveitador...de onde essa besta pornô tirou isso? Agora, além de tudo virou pau mandado de Maia Nhonhonho e Dóriana... 2022 acabou pra ele.
vai se fuder mano tandara eh de outro mundo aaaaaaa
@user e a porra do mlk ali no telefone pqp, o xande tá cantando na tua frente mlk
que ódio dessas solo stans do caralho vai tomar no cu mano o min*i não merecia isso tô puta
sulista n me dirige a palavra não namoral
ahhhhh porra!! amo que amo ❤😍
ansiedade me dejxa em paaaaaz puta que pariu
cachorro me mordeu, fdp
eu sou tão amorzinho como é que conseguem ser fdp cmgo
caracou eu to no doom viado
@user caralho duzentos maluco??? me da aí então
@user providencia gorda
parece um cachorro no cio
hoje meu pai, um dia desse tinha na tml um tweet romantizando com 2k de rts e 5k de favs
garganta melhorou mlk caralho, acordei zerado, garganta tinindo, sobe balao p comemorar
rt @user todos os álbuns do djonga são perfeitos, mas heresia.... de fuder
as vezes vcs esquecem que senso estético é algo muito particular né? nem todo mundo também tem a chance e/ou vontade de treinar e desenvolver um olhar apurado pra essas coisas https://t.co/Y6KuosCLZb
eu prefiro alguém que olha só a vitrine me chamando de babaca. do que alguém que olha só a vitrine dizendo que me conhece por dentro
"ae carai cheguei nos 60kg" pedalei 50km de manga longa "puts, 57.8, vai se fode"
eu empolgada pra comer um miojo e veio so uma ervilha na boa vai toma no cu https://t.co/fge4rc7iih
@user @user olha o roato desse ser ???? serio perfeito kang taehyun é muito lindo pqp
@user @user @user verdade cuspir na cara é super educado. vsf.
como é que eu fui perder meu piercing do nariz????????? ba to mt puta cmg mesma
rt @user tu entra puto é sai mais puto ainda https://t.co/kptcopddme
kkkkkkkkk toda vez que eu vejo e morro de rir toma no cu
rt @user putinha do rival https://t.co/afoublztln
rt @user mano, homem é ridículo dms tem hora. os cara faltava bater nas mina pra arrumar 1 bj. pqp moss fiquei grilado com esses pnc
cadê a consideração que dizia ter por mim? enfiou no cu??
não e só cara feia !
mano sei nem o que falar, to muito puto e as pessoas envolvidas estão de parabéns, o mundo da voltas 👏👏👏👏👏
@user vsf vida de merda só tira n da nada
meu cu não passa uma agulha
da vontade de quebrar na porra cs, uma por uma pra ver se vira gente
carioca, sambista, morena de alma negra 💗 portelense e flamenguista meu maior defeito? sou hétero 👅 https://t.co/uh6bntrqvi
@user @user tá chegando tem 10 anos porra
puta que pariu eu to muito nervosa com essa porra de jogo pqp
rt @user pqp kkkkkkkkkkkkkkkkkkkkkkk https://t.co/vopkdlqa2m
os sorrisos e samo dando tchauzinho pqp ninguém ama mais a mina do que as meninas e é isso. https://t.co/g7gzzq96jj
🔃❤️✨Puto sentando cu rasgado no pau muito grande e saco #im_pauzudo #im_sacudo #im_bareback @user 🤤😈✨ 🌠@user 🌠@user 🌠@user 🌠@user 🌠@user 🌠@user 🌠@user 🌠@user 🌠@user 🌠@user https://t.co/FHngrSWeAf
ainda debocha quando eu falo pra ir la bater um papinho com a minha psicologa que me confirmou que a depressao ta comendo meu cu de tal maneira que existem dias em que eu so quero dormir 13 horas direto e que isso é um sintoma normal e nao vagabundagem
ta agora eu preciso de ajuda eu arrumei minha estante e ficou assim ne MAS eu preciso colocar esses cds em algum lugar; vcs acham que iria ficar muito feio se eu colocasse em cima de alguns livros¿? https://t.co/XyaZAZQ21e
rt @user puta merda lindo demais https://t.co/bqzhtmkkxz
Mata burro elétrico, gado respeita mesmo. #datamars #speedrite #trutest #eficienciadepastejo #manejodepastagens #manejodepastagem #pastejorotacionado #rotacionado #pecuariasustentavel #pecuariadecorte #pecuariaintensiva https://t.co/18oP8E5Hdi
Vou beijando esse copo, abraçando as garrafas Solidão é companheira nesse risca faca Enquanto 'cê não volta, eu 'tô largado às traças Maldito sentimento que nunca se acaba…
"Aonde tem um monte que fala mal, mas ninguém vai embora do morro." acha que alguém mora aqui por que quer, caralho!? Que idéia. Queria eu tá morando bem longe daqui. Se eu pudesse e meu dinheiro desse...
se eu juntasse todos os textos de "términos" dava um livro sapatao bem intenso
rt @user fico puta quando vou stalkear alguém é só tem meme
não pago pra filha da puta que me desmerece pq tem o troco
rt @user a hayley williams é linda de qualquer jeito mas pra mim ela de cabelo azul e loiro é surreal pqp https://t.co/dta61phhde
tempo tilte tnc
"a gente não é porra nenhuma e ainda tem gente que se acha" (sabedoria popular. moça passando na rua. 2019)
meu celular tá travando muito. pqp hariany na vamos
@user Cala a boca seus merdas,a Paula já fez mais de uma viagem com as meninas do BBB patrocinadas,ela n falou desse jeito,q falta do q fazer Uol, vão pra porra
@user vei eu to achando que taquei no lixo, pistola por causa da tela
@user @user @user @user meu pai amado o ódio q eu tenho por homem é inexplicável............ q porra
[3/8 12:08] evelyn puta 🙄🙄: eii [3/8 12:08] eu 🤦🏾‍♀️: oii [3/8 12:08] eu 🤦🏾‍♀️: não tenho 😂 já sei que vai pedir 😂😂😂
rt @user @user sou feia demais pqp #mpn #nowunited #uniters #marinaruybarbosa https://t.co/slramgct4e
to puta, e o pior é q eu n fiz nada
rt @user cacete mano, quando q vou ter alguem em
maaaaaano do céu eu estou muito ferrada pqp!!!
minha avó é preconceituosa pra caralho inferno
porra ngm conhece dazzling queria comentar sobre com alguem inferno
rt @user eu sou profissional em votar em enquete sem querer pqp
ainda está gorda
@user caralho não é possível.
eu msm na vc do nada eu gritava uns caralho inferno
@user Qdo tinha q ganhar não ganhou, jogou mal e ainda foi expulso por agressão e o povo só falou no soco q o Neymar deu no torcedor babaca.
ghost vindo pro br em abril junto com o metallica me deixa pau molasso pois queria um show solo mas de qualquer forma vou ir 🙃
to com fome e meu caldo não chega, porra
sábado e eu fazendo lição... sábado é dia de não fazer porra nenhuma. alguém me chama pra sair pf.
rt @user ficava puta quando eu fazia o bolo errado e eles tacavam no lixo https://t.co/7v4wxobm60
rt @user eu preciso de amigos novos q nao vao me deixar sozinha pra falar de futebol. quem se habilita a ser meu amg vamo la https://t.…
rt @user todo dia eu reclamo que tô gorda mas continuo comendo igual uma doida, augee
rt @user bom dia passando mal igual uma desgraçada 👍🏻
@user eita pau pereira!
@user um jardim e lixeiras seletivas de lixo, plisss
E ai safada punheteira? Já lavou o grelo hoje sem fazer birra? Batedora de siririca. Army? Mas é nunca, Army respeita os meninos , não usa eles como objeto sexual não sua vagabunda punheteira. Shipper tem é que levar chibatada no lombo pra aprender. sem vergonha
@user é tipo legging kkkkkk mas ficou feia nas perna
rt @user @user só dou 7 mil no celular se ele chupar minha buceta
ficou fudido
rt @user braaaabo pqp https://t.co/qqwsa8gxkq
meu deus o taeuwjisndkdk pqp comonassim
to me sentindo como se tivesse matado 200 pandas que lixo de ser humano eu sou
kkkkkkk q maluco babaca mermao
rt @user só qro ficar em paz mané pqp
consideração é aquilo que as pessoas enfiam no cu?
rt @user rp no whatsapp muita doidera, mas era bom demais, geral se pegava, geral fazia vários personagens https://t.co/7akpnnkldj
rt @user não entendo como a imprensa clama por impostos! 🤦🏻‍♀️ https://t.co/bmc3hkfvhy
@user feio vai pro trevas tbm kkkkk
ando bué cansada do trabalho e algumas pessoas n entendem isso. desculpem se vcs n mexem um cu ok?
tá achando caro? não vai porra, deixa de ser miserável e linguarudo
bem feito q levou um pau
a manhã toda a gente decidindo se ia no rodízio de hambúrguer ou no boliche, pqp parece que todo mundo naquele grupo era de libra
@user @user amo muito eles puta merda #mpn #nowunited #uniters
enchi o cu de mortadela e açaí, tô realizado
rt @user • apesar de ser um nenê, porra macho lindo do caralho
pqp que susto krlh https://t.co/fpcgnfs8fr
@user final de tvd acabou cmg pqp xxx https://t.co/5tdijecy10
bué cenas negativas q escreveram porra queria rir mais ://
@user @user kkkkkkkkkk eu entendi idiota
porra kaio desmarca a porra do role aí eu posto aq posto no insta convoco no zap formo todo um role pra do nada ele voltar “TO BEM GENTE DE VOLTA A PROGRAMAÇÃO NORMAL”
@user budweiser nem pisa, ruim pra caralho
rt @user jesse rutherford e devon carlson eu não sei lidar com a beleza de vcs puta que pariu meus pais https://t.co/zq4bt8kt0a
@user te foder
@user Deu a entender que ela estava defendendo alguém que ele tava brigando(acho que era a mãe pela forma que ela disse) e cá entre nós se o cara for irmão dela e ele chamou a mãe de vagabunda (foi isso que entendi) ela ta certinha de da umas porradas nele que.
ronaldinho se acabou quando jogou no flamengo e o adriano quando voltou tava gordo kkkkk
@user bixa ta mesmo toda destruída jogada aqui no meu sofá tomei ate um susto
rt @user vem pra mata comigo , vou te mostrar meu pau brasil 🍆🇧🇷🔥🥰🤣 https://t.co/0a0tzp58u2
rt @user pensei q era só eu q tinha esse ódio todo https://t.co/iwis0nlqwn
@user tira a porra desse robô !!!
@user Alguém tem que botar o pau na mesa. Não é possível que os absurdos praticados por Toffoli e Moraes fiquem impunes. Eles passaram de todos os limites.
eu acho que as pessoas daqui da rua, sente um tesão em me fuder, só pode.
e o jeito !
se bolsonaro descobrir a cura do câncer vai ter neguinho levantando a hashtag cancerfóbico. pqp!
O BRASIL EM NOVA DIREÇÃO, SÓ A TARTARUGA 🐢, SEU LIDER 🦑 Lula E SEUS FILHOTES DE CORRÚPTOS NÃO PERCEBERAM. https://t.co/MfaiTutrje https://t.co/pt6qA2V9FB
rt @user crl eu sou muito feia inutil
@user porra, fala não..
@user pq vc ta me chamando de feia?
@user @user oxe, q ft boa da porra pqp
@user claro flor, diga ae vc tá surtando com essa nova era?
não me arrependo de nada,tudo que fiz me trouxe algo, se não foi felicidade pra caralho, foi aprendizado de sobra
não sei lidar com essas crises de ansiedade pqp
@user tava mt bom pqp
é só ver a maldita que o coração balança kkk
tirou as palavras da minha boca
droga
pqp que rally maravilhoso
vou chutar o balde com a porra toda
tmnc, vou ter que ficar aqui até escolher a porra da roupa pro casamento, to puto
Você levanta bonita assim sempre ou só 24h por dia? — Se tá falando isso e por que não me conhece por que PORRA tá pra nascer mais feia q eu kkkkkkk https://t.co/8WQITaMP7P
@user porra, tu quer bater em mim? tem que bater nele fdp
rt @user que rola linda https://t.co/oal0dkb1hq
@user Vê se Zico falou alguma coisa? Mesmo sendo amigo desse lixo desse Abel . Vê se.Leandro falou alguma coisa. Esse ai então. O.importante é sempre o Flamengo . Não fode....
se eu to com vontade de deitar o jk na porra nem imagino o q o jin ta sentindo
amanha joga o benfica e já estou bue excitado porra
rt @user me apaixonei to falando sério https://t.co/u4xs6zg4qz
rt @user deixa eu foder tua boca? https://t.co/qwehzua6pw
se merecem mesmo, fdp !
@user tu nem chama p role p jari desgraçada
rt @user parabéns, coisinha💖 https://t.co/z9nvt28yvc
parece que se faz de idiota
@user @user kkkkkkkkkkkkkk ê pqp
se eu fosse qualquer criança de stranger things meu psicológico estaria fodido o psicológico da eleven, da max, do will e do mike são os mais fodidos da série lucas e dustin com certeza também tem por todas as situações que passaram mas os desses 4... os duffers não tem dó
eu sou de boa MUITO de boa ai eu falo mano, eu n gosto disso e daquilo já deixo avisado, bem avisado, se vc faz é ÓBVIO q eu vou estressar cm vc PQ EU JÁ AVISEI QUE EU NÃO GOSTO FEZ PQ QUIS e eu fico é puta logo, então não vem de ahhhh mas... ah mas o caralho, ME DÁ LICENÇA
tem gente q sai de casa na intenção de ser babaca
meu momento preferido é quando ele consegue abrir a porta carai até arrepiei
Mesa limpíssima (isso doeu na inveja) e neve lá fora. Se fosse eu: que barriga oq! vamo sair passear ver neve comer e beber! :D
viado com seus cachos hidratados não quer guerra com ninguém ! https://t.co/omrtdgzak6
eu tô puta
rt @user vontade de fuder do caralho
não só as magras, como tem pessoas que se acham/são gordinhas e não se sentem bem com o próprio corpo, e eu entendo completamente, mas isso n quer dizer q eu tenha q achar meu corpo mil maravilhas pq eu n sou "gorda"+
porra do nada um frio do cacete hj
eu ia fazer meu cabelo, mas com essa chuva nem rola
Eu já odeio tanto meu corpo, aí vejo uma guria assim com esse corpo se considerando gordinha, me olho no espelho e fico pensando oq eu deixo pra mim então, tipo de legenda tóxica do caralho https://t.co/FH6GUfl5GP
rt @user uma droga maldita que vive tirando a vida de muitos https://t.co/xjcqdqrqhc
corra de gnt mal resolvida c ex pq sabe... el@user voltam... e vc fica ai q nem troxa
rt @user os cara puto na internet pq vai ter modelo trans na victorias secret irmao vai trabalhar estudar sei la sai dessa
rt @user se tem uma coisa que eu odeio no twitter é eu tá vendo uma publicação no feed, e do nada a porra da publicação sumir e nunca ma…
@user @user olha aí baitola, quem sabe vira homo 🤣🤣🤣
glenn passa muito bem, né? david miranda é muito gostoso pqp com todo respeito ao gleen
.@user confirma meu the wombats pelo amor de deus, inclusive flor lançou ep novo confirma eles também.
decisiva pra caralho
todo o dia lembrando que eu sou só mais um reservatório de porra
é a maldita liberdade, de não sabe dize não quando tem que ser dito !!!!
narrador é tão burro que não sabe que o chelsea tá na champions essa temp
rt @user #sheraspoilers foi nesse momento que eu comecei a chorar meu cu pra fora https://t.co/spno4biauy
fui dormi com dor de cabeça e acordei com mais dor ainda pqp .
@user rapaz aí n sei , mais q os bambi tentou ele 2 vezes tentou kkkk
venho p casa da nathália p fdp dormir
eu to me irritando com coisa tão ridícula que nem eu to entendendo
Se estragarem a minha relação a pala duma mentira? Juro que vos caço filhos da puta. Planos que a gente tem pa concrerizar que tao a meio, planos para uma vida que tao pa ser concretizados e vcs querem vir estragar isso?? Jr que vos caço filhos duma ganda puta
que escroto
cade a melanie carai
@user chupo seu rabo, meto a lingua, deixo bem molhado depois meto a rola... https://t.co/sbu7mvqv5q
rt @user imagina lingua bifurcada no cu https://t.co/8yllgndbi9
ok baile também tem gente feia mas pelo menos posso fumar meu baseadinho mec e qualquer pessoa fica a vontade
um olhar de desconfiada...#mylove #pride🌈 #lgbt #teamo 😍😍🐼 em bragança paulista https://t.co/qpstlmmhqu
rt @user mano que coisa maravilhosa vai toma no cu https://t.co/paw6xzu0tk
eu vou te mandar pra pqp
esses últimos dias eu tô mais feia do q o normal
povo chato do caralho
Chorando de raiva porque soltaram DE NOVO um vagabundo que ASSASSINOU uma pessoa e estava AMEAÇANDO outras pessoas, até PERSEGUIU uma moça no coral!!! Mas não podem prender ele porque ele está SOLTO LEGALMENTE!!!! QUE MERDA
@user kkkkkkkkkkkkkkkkk vsf eu n tr deixei no vácuo
to dormindo mt mal pqp
já que torcer não rola por motivos óbvios, queria pelo menos trabalhar no bahia, que clube arretado da porra
me encontro chorando vendo todox os stories da pride parade em brighton pqp
eu tô engordando numa facilidade, que remédio fdp
eu iria amar o retorno dele pro timão
isso que ce falou nao tem pé nem cabeça fica quietinha ai
postei uma foto com rayssa e meu tio me chamou de sapatão 🤣🤣🤣
ai ruby vai tomar no cu garota chata dps inferno porra
@user eu tenho o redmi note 6 pro e eu amo pra caralho, melhor celular q ja tive na vida
aquela chata me faz tão bem, pqp q sdd
filho da puta!
eu tô falando muito a palavra "cria" pqp
arrotei &gt; minha avó: falta de educação porra!!!!!1!1!11
@user mds vc e o thiddles fariam um casalzão da porra
@user o cara abre a porra da porta como um colosso uma besta enjaulada como um gladiador como um leão como um destruidor de planetas
gente!!! cada curtida aqui...é um dia que eu fico sem fumar (nada de cigarro, tabaco ou narg) quero parar cm essa porra!! agradeço desde já
fui stalkear uma guria e acabei chegando na minha turma de design de moda de 2014 vei q mundo pequeno vtnc
eu não posso ir pra faculdade com calça rasgada outro sapato que não seja tênis, não posso usar brinco colar anel nenhum adereços E NÃO POSSO USAR MEU CABELO SOLTO COMO ASSIM MANO VETERANOS VÃO TOMAR NO CU
almocei couve, couve flor e frango. mds por isso tá chovendo
urgente! joyce kelly anuncia retorno e quebra internet. confira:
esse povo tem mais é que tomar no cu mesmo
meu cabelo ainda tá caindo demais pqp
@user pqp com um tiro desse essa hora
só esse angu baiano nesse frio🤤❤ https://t.co/4buhkbbnk6
sehun: vo bota esses fela da puta pra se beija mas é agora
rt @user ah guria, larga mão de ser retardada e achar que todo mundo quer esse rato desnutrido que você chama de namorado, eu ein
@user @user @user Retrata nas ilustrações a doença mental, faz um espelho de si. Doentia como a sua @user , porém este perturbado mental ainda é jovem pode curar-se, ideologicamente e moralmente. Mas você!!!!! Um velho idiota que nada aprendeu, nem com a vida, percebe-se que é INCURÁVEL
@user eae filha das puta, to de shorts
rt @user porra caralho
rt @user amiga, tem uma garota que parece sapatao. olhe discretamente eu: https://t.co/kqstlwdtfh
rt @user alguém me explica 1) pq ela ficou puta 2) pq ela tá falando inglês comigo https://t.co/tjbcpmv83a
mano isso é ridículokkkkkkkkk
vai me olhar com cara feia , infelizmente não vou retribuir pq a minha é linda 💁‍♀️
meu saco ta doendo
video do harry para o comercial da gucci a voz dele cantando e o jeito dele no vídeo, puta que pariu isso não é um treinamento https://t.co/lcniB5dEgO
@user cara ja que vc nao liga muito pra meio ambiente tanto assim, ate acho legal o richard e taus sera que vc nao poderia permitir o uso de animais de porte grande tipo macaco ou cachorro para pesquisa cientifica de nv por favor
@user tá muito gorda rs a sua tbm tá muito linda
não mentiu, van gogh era um tremendo bebo
elas são dms, pqp🤾🏼‍♀️❤️
meu macarrão ficou mttt bom pqp
@user fdp ahahahaha
alguém me explica essa voz??? pqp, chorei 😍😭
cara, eu tô muito fora de mim agora, que raiva do caralho
pq esses meninos fazem essa cara de cu (?)
assim como tenho amigo que faz publicidade, amigo fotógrafo, amigo tatuador.... porra se fosse simples fazer essas paradas qualquer um faria crl pq vcs desmerecem isso? Tu pede pro teu amigo médico colocar silicone em tu de graça? Não filha da puta
mais uma pérola do kevin nada anormal não é mesmo?
rt @user tesão da porra https://t.co/h0z8n0wtca
melhor que muita gente 😍🤪
👏🏻👏🏻👏🏻👏🏻 até que enfim alguém com bom senso no @user uma fala clara e bem específica. sem mimimi!
gente que ***** é esse assim aleatoriamente pqp vsfd
como que vocês conseguem trocar de amor tão rápido cara, eu gosto da mesma pessoa já faz uns 5 anos, alguém me ensina carai
meu deus que ridículo kkkkkkkkkkk
@user que mulher retardada kkkkk
Um papel que o ser humano da mas valor, do que a própria vida uns mata por isso e outros morre também, podemos ver que todos nós iremos morre e essa porra chamado dinheiro ira ficar no mundo ✌
rt @user isto é tão ridículo 🤦🏻‍♀️ https://t.co/m3jeeojyz9
@user teu cu mariana
queria pentear o cabelo dele antes de dormir nao sei p ele faz isso pq nao adianta porra nenhuma 😭😭😭😭
será lindo de ver kkkk #bolsonarotemrazao
merda e você viado kkk
eu não sei pq eu ainda sigo essa retardada, eu tenho a opção de dar unfollow nesse capeta mas eu faço questão de ficar entrando no tt pra ler e ficar pensando “nossa cala boca sua filha da puta” https://t.co/OB9Smn2E1n
tô meio bêbado ainda pqp
oh petros quer infarta nós, não é possível 😱
Um rapper se questionando na gringa o porquê não ter tanto artista Gay no rap nacional. Meu querido, no hiphop nacional tem todas as siglas sendo bem representada. Quando você abaixar a porra do seu nariz, você vai conseguir olhar pro underground e nos enxergar.
@user huehuehue tomar todinho huehue hipoglos. Não amigão, aceita que piadas homofobicas n tem mais graça e que gays tb tem direito de curtir um futebol sem ser discriminado o tempo inteiro. E o mongol que eu te chamei é no sentido de ter um atraso mental por escolha propria. abraço
não falei com djonga mas dei um salve no léo gordo bicho brabo demais!
maldito é o homem que confia em outro, cuidado com quem você chama de amigo... jesus não foi traído por um desconhecido.
pqp perfeito, vem gente assinar! poderiam ver isso e incluir a partir do filme da viúva negra
que escroto kkkk
cheio de tudo cansado vai toma no cu
rt @user torpedo russo na red burro pra ontem https://t.co/v3a4kixheu
rivais, sim. inimigos também! vai tomar no cu palmeiras
caralho eu to muito rouca
nossa mn eu odeio.
also, tem um pq de chamar temaki e vc comer do jeito que é né
@user meu cú mariana, vai pra aula
foda se datafolha
rt @user @user “caralho ela é pequena” pensei #mpn #nowunited #uniters
@user pra citar seu idiota
q noite foi essa pqp
@user essa música é típica de quem vai comer no prato que cospiu kkkkkkkkkkkk
rt @user saudades sair, mas digo sair real oficial balançar o cu ficar malucona. não ir na paraná ficar andando igual burra
que resenha, pqp! até p almoçar esses fdp demoram
@user @user ai que feio tu me chamando de camila nenem
@user @user o choro é livre,bb mas lula tá preso babaca.
tem que morrer
a coisa que eu mais sinto sdds no folclore é de dançar com a maísa porra xaxado foi tudo pra gente 😔🥺
rt @user que inferno só no ceará em uns 5 sotaques diferentes https://t.co/0e1wpgjatx
estou como o thor no endgame: gordo e bêbado
caramba que fdppp
rt @user sempre tem aquela pessoa que tu sabe que a desgraçada é falsa mas tu gosta da fdp 🤦🏻‍♀️🤦🏻‍♀️🤦🏻‍♀️
@user @user Está ficando cada vez mais feia a coisa para o lado do PT. As redes sociais estão substituindo a mídia tradicional no papel de informar o que está acontecendo. Não dá mais para esconder. #EsquerdaHipocrita
primeiro quem fala abraços espaciais???? segundo vai se fuder
rt @user pq me deixastes boiola por vcs hein? https://t.co/czjkgxz4ha
literalmente lacrimejando de tanto rir com esse video da nicki minaj puta que pariu
kkkkkkkkk mulher aq no mercado brigando no telefone com alguém daí ela solta um "desligou né, vagabundo!" kkkkkkkkk muito alto que pala😂
finalmente brasil virou esse jogo, pqp
Vou fazer um livro com um monte de texto clichê na internet colocar uma capa ultra chamativa e ficar ultra rico pq tem mt idiota pra comprar
não esquece que todo ato precede a tal da consequência é tiro nos arrombado, posturado e calmo fruto da minha vivência
@user por isso q eu me estresso com essa rede social, esse povo quer dar pitaco em tudo!!! cada um tem sua conta p expor sua opinião e falar oq quiser, não gostou fica quieto porra, continua n gostando ai na sua conta
que azia do caralho
rt @user @user istoélixo
poxa espero q ela se recupere
meu deus mano que menina chata da porra
pau no cu, me segue, eu sigo de volta, me da unf e eu dou unf em seguida pq eu nao sou obrigada nesse caralho
alguém pfvr me manda o vídeo da mulher surtando pq um cara apareceu mostrando o pinto na live dela do instagram?! gradicido
se você faz isso, parabéns, você é muito idiota
so tenho 20 cntts no wpp, q fase pqp
Feliz aniversário pra pessoa que tá sempre comigo (até msm quando eu sou babaca sem querer) Obrigada por não desistir de mim. Te amo demais ❤️ @user https://t.co/H52FtJJBIa
vizinho chato da porra! era o que estava falando, agora eu me mudo!
eu que sabotei o copo dessa piranha 😀🎶
kessia fica puta de vdd com meu “blz “ kkkkkkkkkkkk
rt @user hoje tem estreia, pai vai amassar nessa porra 🔥🤬⚽
Eu já to há dois dias tentando me conformar com a ideia de sair do meu colégio (onde eu estudei e estudo durante 6 anos) ano que vem pra estudar lá na pqp do rj..
10 anos de arr%mbaram, dedo no cu e gritaria meu deus oq q eu to fazendo da minha vida #meuaniversáriodotwitter https://t.co/7j3ta8xw2m
🤧🤧🤧🤧🤧 sofro
se foder tem q ir pro open no amazon e preciso dormir
@user nunca gostei dele, sempre o achei escroto, vivia pulando em cima de bichinhos e os enforcando. está no lugar certo.
rt @user @user @user vsf meu kkkkkkkkkkkkkkkkkkkkkkkkkk
@user @user kkjkkkkkkkkkkkk porra
eu tenho uma memória muito lixo pra rosto to com medo de parecer grossa não dando oi pras pessoas kkk af
rt @user queria hitar assim com meus desenhos tb pora sigam meu insta de artista porfavor caraio https://t.co/nj2eit3vd2 https…
rt @user q inveja é essa minha filha, da uma segurada na emoção kkkkkkkkk feia
a cindy tirou a curtida porque tava recebendo hater,tá feliz surtada do caralho?
rt @user kkkkkkk virei peixeiro nessa porra https://t.co/wkc9bqqgry
As vezes tenho vontade de ir la na casa dele e arrastar a cara dele no asfalto e falar "VAI SE FUDER IRMÃO VC NÃO É FELIZ PQ NAO QUER" E sair depois voltar e dar uns beijo nele pq amo ele 😑👌
@user @user @user é uma porra não ter cartão mano tnc
rt @user esse frio estragando meus look de piranha
rt @user os inimigos fica puto quando ver nós bem 🚩
@user O babaca do diretor do INPE queria colocar todo o aumento desde 2017 a 2018 na conta do Bolsonaro com apenas 6 meses! Tá certo isso? O Min. Ricardo Salles e o Bolsonaro não negaram aumento, mas apenas questionaram a culpa do Bolsonaro, como o imbecil queria dar entender que era!
eu com cólica nesse frio e esqueci meu remédio. se existe alguém mais burro, é só o útero da minha mãe pq me criou a morte vêm jajá
trata com indiferença que nós te joga no lixo
Hj o vizinho do 4 andar tá q é um FDP. Desde as 8 arrastando cadeira e gritando. É bem difícil eu me irritar, mas faz barulho pra ver. Ele acha que tá aonde? Numa festa.
foi dedo no cu e porradaria viado ahahahahah
foto do séc
eu acordo e fico vendo vídeo, alan fica puto pq acordo ele kkkkkkkk
rt @user tem dias q eu só quero ser piranha nunca mais namorar tem dias q tô mufina pelo amor de deus um macho pra eu me agarrar pra…
kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk caralho, nunca vi tanta verdade junta
@user @user ta indisponível essa porra af
@user kkkkkkkkk pqp
tá um sol pra cada um lá fora, um calor desgraçado e vcs reclamando daquele frio gostoso
a aflição da gay e da mulher hetero q gostam de pau e tem q aceitar o triste fato do homem vim junto
@user porra rodrigo, tá com o olho esquerdo fechado? indignação seletiva?
acordei com um dor desgraçada
rt @user peguei da tl sou carioca e vcs??? https://t.co/uc4akqfiw5
sapatão n pode conhecer uma mina q já quer casar
rt @user fuder comigo n quer, agora fuder meu psicólogico quer fácil né
naum aguento mais esses brancos fazendo tiktok aaargh 🥵🤬🤢🤮🤮
rt @user voooooooltei pras puta
nenhum de nos dois, a gente é cara de pau kkskdkf
pega caralho
esse juiz apita tudo, pqp. não tem uma dividida que ele não dê uma falta.
Hoje é aniversário do meu nenê, que me aguenta quando estou puta, que me diverte e me irrita ao mesmo tempo. Parabéns pelo 1 aninho, switch ♡
filha da puta gata do caralho
porra, quero minha casa
pagando de amigo mas queria mesmo é ser talarico, abre esse olho, burro
odeio a laysa kkkkkkkk pqp
@user vc nao ta perdendo vc ja perdeu kkkkk foi um jogo bom mano pau a pau
rt @user vôlei é uma bosta, tomar no cu
@user chupa meu pau
pão com ovo eh mt gostoso pqp
MANOOO, BISAVÓ PORRA, vão dizer o que? que ela provocou? que estava vestida inadequadamente? que fez para que isso acontecesse, ah pqp esse mundo não devia existir https://t.co/4G9yPtEJZY
@user eu também, macho n sabe chupar buceta (e nem gosta de buceta tb)
pqp! ele não tem vergonha na cara!
meu sonho andiara ser assim
o menino q eu gosto nao fala cmg a quase um mes e quando fala é babaca dai eu ignoro pq a vida não é mais facil??
hoseok vc tá aprendendo essa pose com o jk é parabéns pelos 100m meu amooor te amo filho da puta
fui apresentar a música do cachorrinho fdp pra mãe, kkkk coitada da hanna
eu amo jennie kim p caralho
Sexo a 4 hoje kkkk O boy do pornozão arrebentando na tv.. E Eu esse rabudo no amadorismo.. bundona porem cuzin apertado. Mas foi uma dlc fuder com ele ☺ https://t.co/JqnK9k6kMZ
eu vendo minha mãe chamando as sapatão de sapatão, sendo q não é sapatão e nem faz parte do vale muito menos apoia: https://t.co/pFpPR62BA8
vai se fuder eu to fremendo
rt @user mô, o menino só foi um péssimo namorado e é imaturo, isso não faz dele um macho escroto po
@user @user @user eu não posso dizer que o meu antigo namorado é feio né
to ficando enjoado todo dia, pqp
rt @user o espírito de atriz porno com puta baixa em mim de uma tal forma 🤤😅😂 https://t.co/ovjcrbbc3h
@user Eu tô ligado que isso rola bastante, mas felizmente não é o caso lá. O staff é 50% feminino até entre os cargos de liderança (E o mlq é x9 de patrão mesmo)
@user ta sem pau tbm ne miguelito, -1 de piça ushsushsh
hj tem feijoada com coca cola chupaaa dieta do caralho
caralho vai rolar muito hoje vsf
@user destilado ainda pqp, bebi azul boa do themonio, mas agora tomei engov
que isso não seja mais uma das vergonhas de cwb pelamor
@user enfia o dedo no cu e rasga kkk
rt @user hoje o dia tá bom pra tomar uma sopinha, tomar na buceta, tomar uma sopinha, tomar no cu, tomar uma sopinha, toma-lhe... boqu…
@user @user @user @user @user caralho quanto mimimi
eu vou trocar meu celular num nokia tijolãooooo kkkkkk não sai da minha cabeça, caraio
Eu chego a tremer de raiva de ver coisas assim PQP EU TENHO NOJO DE GENTE RACISTA, MAIS AINDA DE RACISTA QUE ABUSA DA AUTORIDADE
@user Esta senhora, @user representa perfeitamente a hipocrisia reinante neste país, atulhada de merda até ao nariz em tudo o que a rodeia, só vê o lixo na casa dos outros.
acabei de descobrir q eu comi merda quando era pequenokkkkkkkk não me lembro,mas disseram q eu botei a mão da fralda e comi...pqp
me tornei uma pessoa seca e não me arrependo! quando mostramos sentimento só tomamos no cu
kkkkk meno faz homenagem pros outros kkk feio 🤔🥺🤪🤣🤣
@user @user amiga vei vai se fuder kkkkkkkkkkkkkkkkkkkkkk
rt @user vagas abertas para as putinhas &gt;&gt;&gt;&gt;fav e rt&lt;&lt;&lt;&lt; para entrar estamos aonde você menos esperar comenta #putinha negah https:…
mai q carai é esse curso mano
@user @user égua do ódio caralho
@user tem nojo de tudo e todos também, porra vou te contar hein
corre que os árabe tão puto 😂😂😂😂
@user tá gorda mane
fogo nesse filho da puta mano tem que matar esse bosta
@user @user gat ela é paulista
rt @user porra só porque eu vim embora vtnc https://t.co/p7y8jupt15
Para de show, que tu não é a Xuxa. Agora pode por favor ir cuidar e dar amor ao seu fav e deixar o meu em paz????????
rt @user fofa safada e retardada
rt @user @user @user pu ta ria braba é com nois memo, fala porra
E até te vou contar mais... fora as conversazinhas normais ah, tinha fotos da piça dele com tesão ah, a dizer mostra me a tua xaroca, quero comer a tua xaroca, ganha vergonha nessa puta dessa cara e faz te um homem porco do crlh 😂😂😂
🔥ESCOLHA DO PÚBLICO Vc pediu, a gente entrega! @user x @user vale liderança Ao vivo no @user (app e redes) Tô nessa com craque @user 16h Live com Pré 17h Rola a bola 🔥⚽️🇧🇷#Esquemao #SerieCNoDAZN https://t.co/II5Y3rfinW
sera q hj eu vou soltar outra pérola no centro????? pq ja virou lei todo sabado eu soltar umas paradas aleatórias q ficam no duplo sentido da galera
vou comer porra finalmente
hj eh sabado, rapazie ta todo mundo liberado pra resolver os problemas com: - socão na cara - tijolada do 3° andar - dedo - no cu - e - gritaria vamo dale não engravidem q nan eh caro e n tem vaga em creche pública eh isto
As monas acha que me chamar de piranha é ofensa kkkkkk môores piranha todas nós somos, umas incubadas, outras assumidas, umas de vários e outras de um boy só 😘
por dinheiro se traiu ficou feio (ye) bc raff "ye" feat klyn [video clipe oficial] https://t.co/qqk8jdyzkl via @user
saudades de quando eu era uma solteira puta e todo mundo me interessava, atualmente o interesse é 0 em qualquer pessoa
@user lendária pra caralho
rt @user fodido é ver um amigo transformar-se num estranho
dae cuca, vc não queria lateral direito? toma então, fdp
rt @user lauren jauregui é o tipo de pessoa que nunca teve uma fase feia na vida https://t.co/vlky8muvp8
bernardo fica puto quando a gente dorme juntos ,ele fala que só falta eu entrar dentro dele 😂😂
tá friozinho mas a minha piriguete inteiror quer usar decote e saia 🤦🏻‍♀️🤦🏻‍♀️🤦🏻‍♀️
aaai q desgraça abri a porra do meu pulso batendo na minha irmã
opinião, opinião, come o cu de deus depois o d joão
@user ai miga kkkkkkkkkkkkk sou apaixonada em pqp
puts você é gato p caralho
vai se fuder ent uai
caralho namoral vai tomar no cu q vídeo foda acabei de levantar da cama com um sorrisao no rosto e vontade de ser feliz depois desse vídeo na boa !!!!! https://t.co/gXd4cXyex4
sou muito burro
vitao é perfeito mano pqp
obrigada yasmin pelo ovolete 🍳 o que ele tem de feio, tem de gostoso
3 nego quitaram pqp vei
matar loki dessa maneira ridicula vai se fuder
@user vamo partir então fdp
como é que fazz, quando nenhum dos dois é flor que se cheiraaa
já abro o free fire perdendo 30 pontos na ranq vai tomar no cu mundo
@user @user @user caralho vei tadinho :/ ainda bemque vcs se encontraram
hoje to mais feia doq o normal
Rolê do inferno ontem,briga,pinga,andar de ambulância com os mano morrendo dentro dela num pt brabo,nos volta pro rolê,bebe mais,volta pro hospital é expulso de lá,volta pro rolê,perde as coisas tudo,acha as coisa,fica rindo igual retardado um da cara do outro,quase morre dnv,fim
puta frio bosta, atrapalha meus rolê tudo
indo pagar meu cartão chorando, onde eu tava quando eu me deixei gastar 700 reais? porra de capricorniana inútil
brota menina linda do chão aq, pqp
vcs aí ó
@user ficou feio em netvasco
rt @user puta q pariu, pra completar só um chopp msm e a gata 🤤 https://t.co/c0oo5xagi4
às vezes tenho vontade de mandar todo mundo se foder e sumir, principalmente meu pai.
eu adoro história mas o meu professor pqp
@user @user paixão meu ovo, parem de esculachar o mlk, que ele não é feio não
até quem não estuda lá sabe, incrível
rt @user bom dia é o caralho vai toma no cu
eu to muito mal puta merda que ódio
rt @user mano pleno século 21 e tem namoradinho te chamando na dm surtando pq vc curtiu algo da namorada dele ??????? mano kkkkkkk vai…
todo mundo engorda menos eu, to ficando depressiva com essa porra
@user são muito caras de pau para publicar isso
só vdds de jesus
Mano tem que ter fôlego e concentração pra aguentar a pica do @user , God me livre , mas quase eu pedia arrego ! @user @user @user @user @user @user @user @user @user @user @user https://t.co/XflqhD4E6k
Sabe o que é foda? Se sabe das mentiras, da falta de tudo e fica ali só vendo a pessoa sair, falar pela suas costas, postar coisas e ainda ter a cara de pau de falar que não fez isso como se tu não visse o que ela posta aaaiii me poupe
@user @user aaaaah que isso irmã, Ta falando sério ?, caracoooou eu não quero nem saber vou ser a primeira chegar na festa, tô nem aí se nego falar Caralho Xandão tu abriu a festa, vou falar abri mermo...
se você termina o relacionamento/para de conversar com alguém e continua usando a conta do spotify ou do netflix da pessoa você é um folgado filho da puta SIM, vá pagar o teu inferno
brasil classificado porra
gerou pra caralho
sim, gente. sim fico puta quando tô no meu momento e nego vem me tontear, porraaa
@user uga buga sopa de macaco uma delícia
@user @user @user hostia puta
O povo daqui de casa falando "mais o Hayllon tá gordo, também não faz nada, não trabalha, só estuda!" SÓ ESTUDA como se estudar fosse a coisa mais simples do mundo.
Achei que bateu pouco ainda. Imagino se o cara estivesse com um filho menor do lado e visse o pai tomando uma cusparada... E não entendendo pq o desgraçado humilhou o pai no meio do metrô.. Devia ter batido mais.
foda ficar de pau duro em calça de linho não tem como esconder
@user ultimamente tem aparecido muito isso de comer o cu de homens ne
ja nao aguento mais esses friozao, pqp, só pelos calorao e ir pro alvaro
@user sou uma mongol mesmo #mpn #nowunited #uniters #marinaruybarbosa
@user eu vou colar segunda com o pau na mesa e reclamar com o coordenador do curso mentira, só vou pedir pra ele abrir uma exceção carinhosamente pq ele é o cara q eu to procurando ic
porra bicho que jogo sofrido caraio, mas felizmente as gatas ganharam
Unpopular opinion: ficar pedindo stream e views toda hora é chato pra caralho. Você ajuda se puder/quiser, isso não te faz mais ou menos army
@user depois disso quem vai se foder é o homem que bateu pq ele devia ter levado uma cuspida na cara e ido embora bem vindos à nossa sociedade de merda
@user vergonha ! jamais acreditaria se não tivesse ouvido .um verdadeiro idiota 🤮🤮🤮 https://t.co/d2klxluumo
caralho, a luz acabou desde 9 da manhã mano😒
@user ta certíssima de dar um soco nele. que idiota esse povo viu
assistam jogo perigoso, pqp!!!!! esse filme é mt bom
@user ridículo querer acusar bolsonaro com menos de 300 dias de governo pela destruição provocada pela esquerdopatas na amazônia.
vai se foder santa inês
lavar roupa é um cu brother
rt @user vê se isso não é uma puta de uma meta de relacionamento https://t.co/ly5yb50lhj
@user sapatão é o caos meu pai
rt @user vidro fechado e insulfilm, pau quebra...😡💘 https://t.co/hgtzfybkiq
mas a pamela é de sp 🤭🤭🤭
Eu fico puta porque eu nasci no século errado só pode!!!!!!! Não consigo ficar só por ficar mais, relacionamento aberto Deus me libre e guarde e afins...
rt @user @user tem puta sorte
o engraçado é se pagar tanto de boazinha, e ser a maior vagabunda 🤣😶
sendo legal até dms com gente vacilona p carai
@user pro cu de quem tá lendo kkkkkkk
e o viado ontem que veio na minha prima perguntar se eu era viado tmb pq eu sou muito lindo kkkkkkkkkkkj
olha esse lançamento mano pqp https://t.co/yepljh2iwe
@user E não me entenda mal, eu também gosto de coisas fúteis, acho que assisti Gossip Girl umas 3 vezes (que tbm é uma série babaca) n quero que vc pense que eu sou daquelas pessoas que “só assistem coisas para acrescentar”, praticamente nada que eu assisto me acrescenta alguma coisa
rt @user #confissãocordeidepauduro: vocês já tentaram/conseguiram chupar o próprio pau? 👅💦 https://t.co/juu1apzquz
@user calaboca sua linda da porra
@user padre sendo padre só isso , não passa de um vagabundo
hahahahhaha amei esse twett pqp
caralho que jogo é esseeeee #voleinosportv
@user ruim é ouvir funk de são paulo seu viado
@user @user @user @user Camarote. Tu é um vagabundo. Escravinho de globalista. Ninguém ta cagando pro terrorista pai do bandido prsidente da OAB. Ele vai ser é preso logo mais. E vc levará uma vida de mentiras até morrer esquecido por todos.
@user @user @user vai te fuder meu amigo
tem brasil naa olimpíadas sim caralho, respeita nosso vôlei
@user ah mas vai tnc man
fui trocar o número do whats agora tô sem whats por 8hrs tnc
Pra ser minha inimiga no mínimo tem que ter um rostinho bonito e delicado, não se considere minha rival com essa sua cara de cavalo não, feia, cara de traveco, cabeçuda, queixo quadrado kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk 🤣🤣
geralmente escolho ser trouxa e tomo no cu
@user @user porra pq tão perfeitos #mpn #whydontwe
blueface é mt pancado pqp, estragou a msc do tyga com o yg
@user kkkkkkkkkkk ficar puta é pior 🤪🤪 fala tu se a gente não é a melhor dupla dinâmica
SEJA SINCERO 🤔 1 - quase nada 2 - já huahua passou 3 - ontem 4 - nenhum dos dois 5 - personalidadjen 6 - percoço 7 - bó 8 - bar 9 - sim 10 - nao nenhum 11 - faz tempo p cacete Curte que mando na DM
@user @user @user @user antes boy lixo doq boy ignorante/escroto 😂
@user Não é possível q o FLU só tem 1 lateral no elenco a disposição, será q a comissão técnica não gosta de lateral , pq ngm aborda o assunto, time grande não pode ter essa carência no elenco, msma coisa na zaga ... será q ngm vê isso ... pqp
viado, sentay no chão para calçar o tênis e achei que tinha sentado no molhado. era só o frio mesmo. raba com flocos de neve feelings.
n sei como eh passar por isso..
@user nossa sim!! da vontade de quebra um pedaço de pau nesse infeliz
que puta homem!
rt @user mano que ressaca do caraio
Eles são um amor qnd querem mas ele tá muito idiota, e espero que qnd percebam que estão sendo pnc elas estejam bem feliz conhecendo outras pessoas pq sinto que n é só o Noah que tá fazendo merda acho q o Josh TB e só quero ver https://t.co/6RDbv5PvM3
quer me matar é inventar gracinha com a porra do meu nome, pelo menos da proxima vez fala algo que seja verdade! tmnc
Se liga, se falar da minha mina dnv em rede social pra ficar se achando tu vai se fuder na minha, não sou muleque… — Quem é chama lá dm não conheço não https://t.co/DkUv90BQXw
rt @user meu cu tá tão estranho, acho q tá faltando um pau nele 🙄 https://t.co/obfshdllid
já fala pra essa filha da puta que eu não tou brincado não, mar tá lá em baixo, nós tá aqui em cima
@user parabéns salles, siga com o presidente bolsonaro, salvem o brasil desta corja
trabalhar com homem é legal, mas eles só sabem falar de mulher pqp 🤦🏽‍♀️
mano vsf to ansioso pa essa porra eu nem deveria estar assi que q ta acontecendo
internet da claro hoje tá um cu, já estou ficando estressada
rt @user kkkkkkkkkkkkkkkkkkkkkkkkkkkk tá certíssima https://t.co/o6ha3vgmyy
@user nooooosssa verdade kkkkkkkkkkkkkkkk o chimarrão é certo que rola!
eu amo uma carioca
puta que pariu que fofo
@user nossa vai toma no cu
@user MCP como sempre. Vagabundo e babaca, criou a alcunha de clube do vinho para atacar poucas pessoas que tinham a opinião que o Abel deveria continuar. Júnior reagiu a isso e tem flamenguista se doendo pelo grande ídolo MCP que trouxe vários títulos ao Flamengo
@user meus deus do céu que coisa feia. gostaria de ver como era qnd homem, pq de "mulher" ficou feio demais!
queria conseguir tratar as pessoas exatamente como me tratam mas eu sou boba demais pra conseguir isso tenho que tomar no cu mesmo
me vi nesse lomotif, mesmíssima história... linda pra caralho 😍
rt @user porra ... claramente eu https://t.co/w2nft5dlgk
acordei e vim pro banheiro na calada mesmo e só to ouvindo meus pais falando de como eu durmo muito e não faço nada, só na vontade de grita porra eu to de férias se vc achou que eu ia acordar cedo que pena
- a boca dessa fdp😍😋❤
Uma das piores palavras de se perder na vida : avós. Tem 3 anos que não sei o que é falar isso e dói pra caralho Os paternos convivi pouco Os maternos, por ser o terceiro neto mais velho, vivi demais...o dia mais triste foi quando eu perdi minha avó, mãe da mãe, que dia
vou ir p resenha do viado c chuva ou sem.. 🤬
Já que tá geral feliz, vamo fazer uma festa com o tema de ex abusivo que não namora pq não tem carro, só pode entrar com tênis de 600 conto e um foto do cu na carteira
rt @user vai se fuder é o homem mais lindo do universo sem nenhum exagero como pode uma coisa dessas https://t.co/rgmy1iffmn
[03/08/2019 13:56:32] gui arrombado: nossa eu sentava ate meuncu vira buceta
@user cara, eu to mega iludida mas porra o são paulo não sei o que acontece sabe....estamos com um puta time, tem capacidade porque estamos disputando apenas o brasileiros FOCA NESSA PORRA QUE O TÍTULO VEM
porra kkkkk
rt @user bglh eh enfiar todas as expectativas no cu e viver suave
@user é rola mesmo
caralho eu tô muito cadelinha da zendaya hoje irmão
ele é gente boa mas é muito chato em rede social pqp vou ter que silenciar
@user lambe meu cu
que família que eu tenho pqp
meu incômodo não é de pegarem essa garota, mas pqp, cheia de doença, toda porca. aí não dá né 🤦🏻‍♀️
tô escutando o dvd legado, porra muito bom
minha mae disse q ia falar com a guria q ela nao aguenta mais ver eu puta por causa disso, se ela fizer isso me dou um tiro
rodei o mercadão todo atrás de avião pro lorran que pica
@user Vamos começar a faxina ano que vem nas eleições municipais. Fundamental limpar as 5700 Câmaras municipais e suas prefeituras. Não eleger pendurados em ficha suja, nem vagabundo que apesar de ficha limpa, só mama e não trabalha... https://t.co/2cFHtZ6NCn
@user petição pra proibir sulista de dançar brega funk
melão mão de vaca :cc #cblol
Ai dei um grito "Tomtom filho da mãe aparece" e ele miou e ele tava feito uma bolinha debaixo da palmeira que tem na varanda de casa porra respirei tão aliviado que até Jesus conseguiu ouvir
@user porra tá foda kkkk 🤢
ouro branco tá 100% macho escroto aparentemente ando na rua com a força do ódio
preciso fazer um caraio, mas e a coragem meu pai
ícone caralho
enfia o "love you" no cu, puta
Mas tem sido perfeito porque a concentração afasta meu pensamento do que me deixa nervosa. Não dá pra dobrar e seguir vinco pensando na morte da bezerra! A minúcia do trabalho demanda que eu não esteja PUTA ou TREMENDO porque senão vai sair tudo errado risos
já apaguei coisa pra caralho e esse inferno de celular continua c a memória cheia
@user na moral mesmo, tome no cu
e hj um cara “hétero” do grindr que tem namorada querendo ficar comigo pqp né
@user @user @user @user @user @user @user escarpa 2 anos fora bebe chora flor
que obra perfeita, meu pai😔💜
ontem peguei minha dignidade e joguei no lixo 😂
portugal caralho sssuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu
rt @user tudo que eu queria era uns beijos e uns carinhos nas costas,,,,,,,,,pqp a solidão da mulher solteira que n fica e nem fler…
volta calor ,caralho
amo uma mulher pqp maria gadú
@user pqp arte foda
parece a neguinho
#donadopedaco mudar faz bem fica Tam chato ja saber desses enredos a mesmice . #mariadapaz . Merece ficar rica mais rica ainda e dar uma bela surra na vaca da filha .
puta merda eu
se o garoto ia fazer tudo, pq me chamou?! fdp
@user @user @user nasceu em são paulo é gaúcha ou catarinense, carioca, mim tanto faz.
naruto ou sasuke? — porra de anime todo dia isso maluco se fude https://t.co/bvmvwi2yxs
caralho gente o namjoon é gostoso demais vai se fuder todo mundo https://t.co/e4klegvyut
dudu tá pelado usando só um sapato de salto da mamãe andando pela casa pqp
Vc é o marido dela e ela é sua esposa, sua rainha, com vc ela faz amor, sexo anal com vc somente uma vez no mes, mas com ele ahh ele é o macho dela, ela é a puta dele, o rabo dela vira flor na vara dele. https://t.co/vaKKltDDc6
@user @user eu nada, fdp 🥺😂❤
vadia do boquete 🌚
@user noooooh mano q sdd dessa música pqp obrigado por me lembrar
[3/8 12:36] Melhor Amigo do Mundo❤: Ué Amg simples [3/8 12:37] Melhor Amigo do Mundo❤: Ela Só Veio [3/8 12:37] Melhor Amigo do Mundo❤: E Dormiu Cmg kk [3/8 12:39] ~ Beel Figueiredo💕: aram só isso entendi [3/8 12:40] ~ Beel Figueiredo💕: pau na pepeca me safado🤣 KKKKK ata
@user @user @user @user @user @user @user @user @user @user @user Carai..... Que lindaaaa 🥰
@user @user deve ser broxante pra cacete.
mano, muito eu caralho kkkkkk
@user eu tr amo caralho fica feliz pensa no deive no sushi vamo q vamo porra
eu me encano muito em umas coisas mt nada a ver aaaaaaaaaa kkkkkkkkk fico irado puta que pariu
@user se eu fosse o piloto te dava uns soco e te chutava pra fora da van, desgraçado
@user paulista https://t.co/phx3p0nebm
rt @user [3/8 11:56] piranha master❤: vamo jogar uma alta [3/8 11:57] putiane❤: queles pique kkk [3/8 11:59] 🌺: aindaaaa nada muda,…
@user se eu não to satisfeita o problema é meu seu sem noção, a porra do corpo é meu e tu não nem nada haver com isso!
@user e ainda tem gente retardada achando que isso não existe, sinceramente não consigo entender. #elenao
pq q essa vagabunda tá rindo assim? #voleinaglobo
rt @user quando arrumar um trampo e começa pitar só flor https://t.co/achqdsvgm3
@user @user boiola @user
[8/2/19, 11:33:36 PM] Meu Denguin: muito falsa [8/2/19, 11:34:51 PM] Sara: mentiu feio [8/2/19, 11:35:00 PM] Meu Denguin: ata pô [8/2/19, 11:40:40 PM] Meu Denguin: "Anjo imaculado de deus*" ok
artur soares dias vai para o caralho!
rt @user ontem foi só loucura carai kkkkkkkkkk
rt @user pensa ter uma namorada maluca assim , caralho https://t.co/xasaymcs6z
o bolso depois da facada
esse nate merece mil tiros no meio do cu dele fdp fdp fdpppp
trabalhando com hipóteses: budas tem mais chance de vir ao xp às sex sab e dom; alem de fdp, o que impede isso agora é cinderela rock em cartaz ate 8 set às 16h pq o horário de dom nao seria hábil pra encaixar os budas; 15 set é aniversário da nanda entao nao rolaria...
eu quero também! a esquerda está maluca.
tenha amigas lerdas e fofas 💜😍
@user vai tomar no seu cu ok
véi kkkk eu escuto isso, fico triste demais pqp
gostoso do caralho
fico lembrando de como eu era a 1 ano atrás e pqp, eu era muito surtada e doida da cabeça
cara o twitter no modo preto e a muito bonito vsf
rt @user @user piranha como gnt? seu bv ja ate voltou
@user @user carai! que delay
queria eu lançar um desses e ficar essa beldade pqp 🤧
Puta merda que apresentação linda a do piá do sul mano pqp esses Loko sempre com uma proposta mais interessante que a outra e com um elenco muito bem preparado meu chapéu
rt @user merecem que vos meta a pagar as minhas cotas seus filhos da puta.
@user carai ezeconha se tu morrer eu te mato mlk
@user é que eu moro meio que na pqp né ainda tô deitada tb hddjshfj
muita gente falando “só observo” e esquece de olhar pra dentro de si mesmo e ver o lixo de ser que é.
"b99 tenta lacrar demais, por isso é chato" "a gina é insuportável" "o jake é babaca" "não tem graça nenhuma" "o único legal é o "pai do chris"" "série infantil" eu lendo essas coisas: https://t.co/yPjrNQE2Ty
porra sabiá fodeu c meu braço
tchorei kkkkkkkkkk
rt @user lexi é lésbica e porra fez é legal mas ainda é traficante https://t.co/wnjrsdmbqd
porra podia ser eu
@user bota no alto porra
rt @user pqp, a josefine é muito linda. https://t.co/mqgtybcv7s
bate o dedinho nesse frio pqp em
providenciarei uma moldura ❤️
manoooo kkkkkkkk ptm
@user tô falando sério pô, mandar o pau veiudo pra esse fdp tarado
triste pois meus amigos não me pedem foto do meu piercing no peitin eu botei pra que porra
@user curte meu pau tbm 😒😡
eu amo essa garota❤😍
parecem versões mascaradas dos meus pensamentos intrusivos de ficar me xingando toda hora e me chamando de burro
namoral vei fui retardada demais de ir na cervejada fui dormir 5h horas p acordar 8h p ir pro estagio ACABOU com o resto da semana quase morri
comam meu cu https://t.co/kidc6blosg
queria ir no show da marilia mendonça de novo, fui uma vez em 2017 e nunca esqueci pqp dona do brasil
lindo dms pqp — rsss curte aqui q eu te chamo https://t.co/woeiojng5p
@user aiaiá agr pronto, vo ter q explicar pro povo sozinha onde q é o São José e os Correios e falar mal dos outros a madrugada toda KKKKKKKKK queta o cu ai
comecei a lavar a louça pra bichinha chegou no final fiquei mals da gripe amiga me perdoe vai ficar umas panelas pra vc ok
meu deus que nojooooo
@user sulista não tem direito a opinião taokei
@user esse presidente é a pior coisa que já ocupou o palácio do planalto
@user vem aqui putinha https://t.co/6hthcojoit
@user fdp visualizou
rt @user sou mt carente de atenção, pqp
@user @user @user fdp nem p me cortar kkkkkkkkkkkkkkkkkkkkk
gol mais bonito do ano 🔛🔴
tenho uma camisa parecida cm social muito foda pra usar no verão, so falta a porra do verão
rt @user em 93 nós ganhamos o paulistão foi em cima dos gamba filha da puta 4x0 po verdaooooooooo
a * ta tao feia dps q * poxa
eu odeio as lojas de roupa que são baratinhas do nd fica cara, loja tóxica do caralho
títulos com quebra pau
ah perfeição
a diarra errando a coreografia, o bailey todo palhaço lá atrás e o josh, krys, heyoon e hina dançando tudo certinho. esse vídeo é tão– #MPN #NowUnited #Uniters https://t.co/MX3MXMZVUu
ser mulher...
bateria de iphone é muito lixo pqp
meu cabelo ta fedendo a fumaça pra caralho
@user kkkkkkkkkk desgraçado
@user n sei quem é minha filha e pau no cu de quem seja
garoto se eu te pego eu sento tanto nesse teu pau com força vc vai gemer tao alto q o som vai ultrapassar a estra… — Eiiitaaaapohaaa , chama no Pv bb vamo marca essa coroação aí ⚔️ https://t.co/ZreTSuCezm
o sua monica do caralho vo ti deita na porrada se eu volta ai ein vai toma no cu filha da puta
mn eu fiz isso minha vida toda e só tomo no cu 👍
meu irmão, que frio do caralho puta merda
ninguém falou que ia ser fácil mas puta que pariu em meu parceiro
caralho hj é o cl aaaa finalmente
ganhamoos estamos nas olimpíadas porra vcs são fodas meninas só vem tóquio 2020 https://t.co/ri3lhmyguc
pqp que professor, conte comigo pra tudo
serio que impasse da porra ja to me vendo morgada la mt ruim ser eu!?
que dor de cabeça maldita
nada melhor do que acordar e mandar o vizinho tomar no cu por ter colocado a caixa de som dele virada pro meu quarto!!
tô quase falando pro meu amigo esquecer do corre e enfiar a minha parte no cu
que ódio do estagiário do spfc, toda hora me assusta nessa porra
@user barroso é um canalha!
@user @user @user @user to falando da melodia meu filho pare de ser burro https://t.co/5kwdgxr47x
@user @user mas é cara de pau
o sotaquezinho do mingyu enquanto fala inglês muito fofo pqp "im so tired, im so tired, im so tired"
pqp eu não vou usar meu off de shape não amgs rlx kkkkk
rt @user hoje eu só quero ver a coça que a maria da paz vai dar na piranha da filha dela
rt @user a pior parte de enche o cu de chop eh não para de ir no banheiro mais
vai toma bo cu
rt @user ontem eu tava dançando de uma maneira tão ridícula q depois não entendo pq ngm olha pra mim..........
puta merda nunca estive tão feia quanto hoje 👍👌
@user pegaram o bom senso e enfiaram no cu
@user porra mano chuva é foda!
@user como isso cara, eu mal consegui levantar da cama seu feio
@user o veado tá aí ou no hospital?
gente q dia chato é esses pqp
@user Ué! E existe outra torcida que não seja verde e amarela?! Que vergonha, #LixoÉ ! Assumindo descaradamente que torce contra o Brasil! #EsquerdaFascista
custei a entender pqp 😂😂😂😂😂😂😂😂😂
@user kkkkkkkkk pqp viu
rt @user a disputa pra dizer o quão lindas elas são .. vcs duas sao perfeitas caralho roubaram a beleza de todo mundo https://t.c…
@user você é burraaaaaaaaaasso hein... puta que pariu...
meu irmão brigou com a minha mãe ela tá puta da vida
pqp, felipe coloca o celular pra desperta em 5 em 5 minutos de 6h da manhã até 7h, ninguém aguentaaa
morrendo de dor e essa porra n desce de jeito nenhum, sofro 😡😡😡
puta unão e pairu vekho tenho que almocar mas kaondq nessas conficoes
reggaeton é muito bom, vsf
rt @user essa porra não é gíria pra você falar pra qualquer um! https://t.co/3kjme17afi
minha mãe é tão sem noção, fala umas coisas minhas pros outros que pqp podia ficar quieta
@user amoo pqp
@user Diiiiiiiia, Barbie! A gente sabe que o Barroso não é flor que se cheire. Provavelmente ele está agindo assim por que desafetos dele no STF então com rabo preso ou tem invejinha do Moro. De qualquer forma, esta manifestação dele traz certo alívio. Tenha um ótimo fim de semana!
@user hahaha Gente famosa aqui é uma coisa engraçada. Quando eu tocava na noite sempre tinha alguém famosão que era sumariamente esnobado por eu não ter a mais puta idéia de quem era.
@user mais um burro no desgoverno de nerds
sotaque do triângulo mineiro. tão gostoso quanto café com pão de queijo 🔺
"Nossa vc postou algo sobre seu ex superou n" caralho vcs n me deixam em paz faz 2 anos q eu terminei eu tive uma relação de 3 anos ele é meu ex vou fazer oq amados
ótimo dia p sentir uma cólica do caralho
rt @user hj to mal tnc
@user porra pensei que candeias fosse longe
porra, isso dói tanto
@user você é ridícula jaburu #mpn #nowunited #uniters
manoooo assisti arrepiada pqp
acho que a pessoa que consegue chupar o próprio pau e não tem depressão pós punheta é algum tipo de ser mais evoluído
pretinha é mó esperta querendo q eu busco ela na raia ,ta chovendo pra crc
acabei mais um capítulo da minha dissertação puta que pariu eu to mt feliz
sou mais velho me respeitem caralho😂😂@user
gente vcs são burros, da pra perceber nitidamente que ela tá flnd com ironia
@user congela o cu mano
rt @user eu e a @user ontem https://t.co/d3gvvjcfe8
@user @user 🤣🤣🤣🤣🤣 ela tá esfregando a barriga no pau dele? ou tentando ... 🤣🤣🤣🤣🤣
@user meninaaaa ta fodaa sdds sapatão
meu sonho ir na fundição pqp
melhor casa e se vc não concorda enfia no cu sua opinião
@user @user teu cú
@user obrigado vc por existir caralho
caralho, eu só sei dormir
@user @user Já leu? Sabe nada ignorância de quem não leu e nem sabe do que fala. Faca uma critica a obra com base na obra, nas em achismo de ignorante. Quer ser intelectual? Leia e escreva algo relevante. Qual sua contribuição para a educação? Deve ser essa postagem ridícula
aeeeeeee porra
vai embalar é o caralho!!!! toma, putaaaaaaa!!
caralho chupeta da versace.......
rt @user @user pau no cu do mundo https://t.co/k3sdql1vlj
caraio eu mal acordei e ja tive um sonho ruim é d cai o cu da bunda
Resumo do role ontem : - aniversario dele ontem ! - pegamo 4 Garrafa - 1 gole em cada garrafa puro Falo que ia ate as 7 da manhã no role foi até as 3 Misturo Gin , Black e Jack Pego ninguém Mais curtiu pra caralho. Faça seus amigo feliz E ter role inesquecível. Te amo irmão https://t.co/nykrBMzAqs
cacete eu e quem??
eu amo quando ele traz coisas pra mim pqp
ces tem q entender q NINGUEM quer legalização do aborto pq acha legal abortar. a legalização do aborto é questao de saude publica e nao lazer seus crente chsto do caralho https://t.co/mYDDpCNZvy
chuva é muito ruim deus me livre kkkkkkk
@user @user @user @user isso aí, tempo bom. agora só tem lixo.
nos vemos em tóquio caralho! #voleinaglobo
vontade nemhuma de levantar da cama, pqp
só no sufoco mesmo puta merda
caralho cnb ganhar as duas partidas contra a team onde, na partida que não podia perde cnb perde 🤦🏾
sextei com os viado que eu gosto
@user @user @user você é precipitado e muito burro.
agr tenho q tirar um curso de engenharia pra partir uma puta dum ovo
muito escroto
melão é mão de vaca, credo :c #cblol
com essa inteligência n perdeu nada, mas ele também é burro
@user feliz aniversário minha florzinha mais linda
@user aaa sim, mas eu falo burro pelo jhonatan pq isso pode dar problema pra ele pq o acordo foi não expor a madah de nenhum jeito
Sou um corno que adora oferecer o rabo do meu amor pra machos desconhecidos e um deles são os caminhoneiros que vivem com vontade de comer um rabo gostoso!! #corno #cornomanso #cuckold #gaycuckold #cuckoldgay #macho #puto https://t.co/fPK4abIPYY
@user mano juro por deus eu to até agr me perguntando q porra eh febre maculosa e oq fez o pita achar de bom tom perguntar isso
kkkkkkkkkkkkkkkkkkkkkkkkkk o vsf eu amo o petros
- ela é linda pra caralho mano por dentro e por fora, é uma cadelinha desgraçada que eu quero matar 90% do tempo mas mano HINA a gnt tem historia pra caralho véi, cada dia eu te amo mais e mais e eu fiz essa thread exatamente pra te lembrar disso https://t.co/2gkeDSYB6f
@user um calor desgraçado ontem e hj um frio pqp
@user esse vagabundo manda no stf. que vergonha...
cacete que preguiça de sair
@user felicitala brou💗💗💗
alguém afim de fuder na barra ?
@user investigar bandido nao e crime! va trabalhar velho vagabundo!!!
rt @user bom dia cheguei tarde tô puto 😓 https://t.co/mj0kjwlc9k
@user linda do caralho😻
Eu estou com uma roupa bue podre por estar a fazer limpezas e fui pôr o lixo e quem é que eu encontro? Quem não devia me encontrar assim vestida ahhhh 🙄
@user porra, nem fala. 🤣🤣🤣
@user @user o mundo das fufas é fodido
sábado fudido, sem nada pra fazer, vou lavar o carro e vai chover, quem quer apostar? kkkkkk
os caras conseguiram deixar o elvedi, o elvedi puto.
saudades daquele oral que só tu faz — kkkkkkkkkkkkkkkkkkk q porra é essa https://t.co/pmermzmcmw
blaine pedindo kurt em casamento cantando all you need is love tudo pra mim amo dois viado obrigada fox
no no é o caralho bem feito, só pra ficar esperto
com o estômago fodido louca pra me encher de porcaria
@user meu momento porra
“Sempre dou o meu jeitinho, é bruto, mas é com carinho, porque Deus me fez assim dona de mim. Deixo minha fé guiar e sei que um dia chego lá...” essa música, pqp, sem defeitos.
mal cheguei em caruaru e já tlg q vou me lascar no metal pqp
nicki minaj= tudo pra mim vsf que essa mulher é perfeita, a discografia, coreografia... pqp
rt @user tem gente que só matando mesmo cara, puta que pariu, qual intuito de viver pra fazer inferno na vida dos outros? que coisa…
Minha prioridade sou eu, jamais vou ficar batendo cabeça por causa de homem! Por isso que eu vou avisando até eu quebrar o balde pq eu vou buscar porra nenhuma, quero só que se foda, bem longe de mim. 😉😉
MANO, um super choque caralho, um super choque. sem ter a pele esbranquiçada, sem ser velho demais para um personagem adolescente. um ator perfeito pode entrar rei do brasil domine o mundo https://t.co/UGWmRIeWBf
@user @user @user @user só falta ser o do século. até o eminem surra esse sem talento do caralho only jabá
pqp q saudades d mike
@user @user carai kkk
caralho agora to preocupada esther vai me matar
@user noffa queria mtoooooo pqp
rt @user uma merda depender dos outros pqp
@user me considera a tua puta né?
@user porra como eu queria, pena que não posso
e tá errado ?! mina gostosa do krl me acabo no pirocao
e vendo muita gente que sempre amei e quis perto com umas atitude nojenta pra caralho que sempre teve e eu não queria ver ou não via
@user @user a mina é paulista relaxa
rt @user ngm me manda pergunta nessa porra https://t.co/v9twj5envc
puta que pariu, que caloooooor
@user melhores shows pqp
mulherão da porra,eu sou. https://t.co/hspn3y7imy
@user vão te toma no cú @user enfia o robo no bunda -'-
fico muito contente em ver daniel furlan se consolidando como galã feio de série
rt @user tenho amigo fei não pqp https://t.co/zwaq8uaiob
casa dia mais feia. pqp
só tem cenoso perto de mim viu, pqp kkkmk
tirei seu pinto tem 47cm de largura e uns 12cm de diâmetro! https://t.co/9vtz9b430d
tinha que ter jogado esse branco fdp embaixo do trem
@user @user é verdade porra.😹
puto com esse tempo
caralho véi kkkkkkkkk
@user manokkkkkkkkkkk tu apagou o outro vsf
@user porra queria muito ter esse problema
@user pelo visto vc nao sabe contar ne seu filho da puta sem pai
sou uma ótima amg, pqp
ontem fui de um date cult e tranquilo pra ir parar num bateco no centro, bebendo litrão enquanto tocava funk rala cu ~auge~
mds macho é péssimo que porra
partiu ver o tricolor
Clube do 🍷 deu as caras. Primeiro o vídeo do Abel, depois a foto do Leovegildo. Agora os comentários. Precisamos MUITO estar do lado do nosso técnico, pq vão bater demais nele. E o @user foi bem sacana nessa. Mau caráter? Quem? O @user ? Pq não cita nome? https://t.co/dzTZFQTr1r
rt @user o ponto ideal da carne é no pasto mugindo ô fdp https://t.co/te2xxdfatl
gente tão vendendo por r$50,00 o ingresso pqp
@user @user pretinho perverso
@user que homem gostoso da porra.... e essa boca hein... vontade de beijar e não largar mais😈
rt @user ninguém segura essas meninaaas caralhooo a vaga é nossa porra
quem é marina
se paga de mlk msm sapatão do caralho
meninas jogaram mt pqp ❤️❤️
Ficam reclamando de pornô aqui mas é melhor ver aqui que não dá nenhum lucro pra quem fez doq nos sites pqp a indústria é um nojo mas é por isso mesmo que tanta gente trouxe pra cá. Militantes do tt agora vcs foram longe demais
pena eu vou ter de quem não beijar minha boca nesse #bbemifestival pq porra eu tô lindo demais
@user feio q vc já pegou🤗
@user Quando deu pau no meu HD era só depois de MT tempo de uso direto q dava tela azul e de vez em quando travava a imagem e o som https://t.co/2fNCBQATGp
o vai toma no cu na moral falta de consideração de parente eh pior q tudo
i caralho, ta chovendo?
rt @user quem eu quero não me quer, quem me quer eu vou querer então brota maldita
pessoal ônibus passou do meu ponto e eu to na puta q pariu e só percebi agora sabadouuu🤬
na moral real oficial que o yohan nasceu com o cu virado pra lua porque nao eh possível alguem ter tanta sorte na vida como esse rapaz
@user é contexto seu burro https://t.co/12rxi80lmv
@user @user a vida é dela porra se ela escolhe abortar é pq a vida é dela, ela decide oq faz, não um macho ridículo como vc vindo aq https://t.co/MmqmeVVXlr
puta merda vontade de sair de casa com uma caixa na cabeça
que nojo, se eu fosse ela pegava a fica logo ali mesmo e já dava uma, vai toma no cu
@user mais uma canalha bloqueada direita unida, vida longa ao presidente @user
tá tudo a ir ao sudoeste menos eu caralho.
povo passa pano pro racismo na cara de pau né meu fogo nos racistas
vtnc com essa internet lixo já acabou
@user mais de 300 jogos com a camisa do atlético de madrid, deve ser ruim então... bom msm é o patric, seu cu de flecha
aiaiaiaiai é vendo umas coisas dessas que fico pensando se n e mais lucro virar piriguete kkkkkkkkkkkkkkkkkkk
tem q ter coragem p ir evento q tem jean puta merda
rt @user que ódio disso. pq o cara não jogou o branco escroto no trilho?? affs https://t.co/kag7fe6sfg
rt @user ah vai tomar no cu
@user você chegou a ir em algum show? meu primeiro show da vida foi deles, nunca vou esquecer os meus surtos pqp
@user @user como q mata alguém a 800km de distância? vsf diego
professora das pirocas
To estudando a história do Maranhão, e mds eu não lembro de mais nada. Inclusive to puto com o fato de que nós poderíamos ter sido colonizados pelos franceses mas as merdas dos portugueses os expulsaram. Já pensou nós Maranhenses falando francês? Eu ia ficar um NOOOOOJO
@user ponto de pegar uma teníase e morrer com verme na cabeça
meu deus ansiosa e pouco pra minha formatura puta merda
vai toma no cu jornal de bosta, já achou seu desgraçado burro
um garoto de chernobyl mandou eu tomar no cu. affs garoto tóxico.
@user tmj meu mano porra ontem nois foi aí nem te achou em casa 💔
rt @user puta merda, enalteça o vitao🤤🤤🤤🤤🤤 https://t.co/owotiz4neq
porra de povo evoluído.. e dá-le amor porque é isso o que importa.
foi d beise, racista do caralho
@user sim, a galera taca o pau se a levantadora errar e tipo às vezes não é culpa dela, a bola veio baixa, nem dá pra fazer muita coisa, sempre assim, uó esse povo que não aceita que a fav erra e tals
rt @user matéria asquerosa... repúdio! @user https://t.co/7wcq8jmakp
levei um pau de pantufa. kkkkkkkkkkkkkkkkm
@user mas isso n vai ficar assim nao rs ja to ligada qm foi a desgraçada rs
@user enfiar eles no seu cu que ja ta grande neah kk
a daya virou um lixo
não virei dj por modinha, mulher, fama e muito menos dinheiro, mas se é pra ser sincero quero receber o retorno de anos de luta nessa profissão desvalorizada, onde só é bom quem vem de fora. quero viver minha vida e meu sonho ao mesmo tempo sem ser chamado de vagabundo por ser dj
eu dps de beija a fdp
o pau ta quebrando rm https://t.co/xzskbxx5jn
pqp que vale que eu paguei ontem kkkkkkkkk nunca mais
rt @user gesseiro avenida paulista sp https://t.co/3laxgbtewp via @user
O que estão fazendo com o Deltan Dallagnol é vergonhoso. Só a fúria militante, guiada por uma ideologia nefanda, justificaria o nível da perseguição ao bravo representante do Ministério Público. A parte sã do Judiciário precisa reagir e repudiar VEEMENTEMENTE a manobra asquerosa.
odeio quando um cliente me manda tomar no cu
pqp to com mta vergonha to triste
no dia que você tiver 1/3 da integridade e reconhecimento da marina na comunidade científica, vc pode querer lacrar 😗
se eu n termino o cara tava indo la na ksa dela roubar ela de mim kkkkkkk feio
aqui é seleção bicampeã porra
a mina paga de playboyzinha que vai so nas melhores festa e sei que la gozando com o pal do zoto tbm ne fia,ai fica fácil
kkkkkkkkkkkkkkkkkkkkkkkkkk eu to com dor de tanto rir
moleque desenha pra caralho.
Denise Pires, Reitora da UFRJ, diz que a Universidade corre risco de parar caso não receba a verba do MEC para custeio de serviços como segurança e limpeza. Enquanto isso, o Ministro da Educação está muito preocupado em chamar Paulo Freire de feio... Prioridades, né?
comecei juntar dinheiro já pro show do metallica espero muito ir, pqp
tomara q lavem meu cabelo no salão com água quente tomar no cu 20 grau
rt @user acne desgraçada foliculite desgraçada cravos desgraçados https://t.co/xezv5bzvis
porra do meu celular desligou, tava carregando a mesmo assim desligou '-'
a viagem na maionese?????
@user @user @user vai se foder menino
sim mano kkkkkkk
carai, tinha ninguém pra jogar no time e agora tem 18 pessoas, amo quando algo dá certo :’)
baiano é muito engraçado kkkkkkkkkkkkk vtnc
@user seu verme
@user kkkk porra ele vai te levar pra disney (uruguaiana)
uma coisa q eu fico puta eh qnd digo prazer em conhecer alguem e a a pessoa me responde com "satisfação,prazer vem depois" block na fudida
gnt serio me acho uma ridicula por ser apaixonada em famoso to chorando pq queria q o kelbert me notasse
@user porra q linda
@user kkkkkkkkk eu sou um lixo né, isso que é foda
@user @user caraio kkkkkkk tão quebrando hein @user
fico puto dms falando de hamlet meu segundo livro fav sabe mostre algum respeito ?
isto está aborrecido para caralho
meu pai e o amigo dele metendo o pau no bolsonaro e no trump amo demais
eu falo mesmo e depois corro
se eu ferrar c cabelo eu pinto de castanho de novo e finjo q nd aconteceu
rt @user esse é o caminho inevitável https://t.co/eto0x2bcpc
@user se tu quiser eu te dou o mundo puta merda
rt @user silencio ele está criando as redes sociais https://t.co/wrd4lz5mo1
rt @user sco pa tu mama aqui e chupa ali fé morri kkkkkkkkkkkkkkkkk https://t.co/behrckef2o
O PAI TORTUROU E MATOU A PRÓPRIA FILHA DE 6 ANOS, 6 ANOS, SEIS ANOS! TEM QUE PEGAR UM ARROMBADO DESSE, AMARRAR NUMA PRAÇA E DEIXAR ELE SOFRER PRA SEMPRE, SEM TIRAR A VIDA 😭😭😭😭😭😭😭😭😭
tnc tem que virar babar de preso
um boiola do caralho https://t.co/nj8agpjjyc
rt @user você é cu doce, admite vai https://t.co/rqh8klqmqe
minha reação vendo as fotos de ontem de noite é a melhor, pqp kkkkk
tudo isso somos ele é negro? até quando vamos admitir isso gente?
@user vai tomar no seu cu, seu gordo arrombado
[3/8 04:13] : dei pro ex kkkk [3/8 12:10] luma 🌻: amiga [3/8 12:10] luma 🌻: assim não dá pra te defender [3/8 12:13] : foi pra matar a saudade do pau gostoso
@user cadê vc no snap vaca
@user Tem uma técnica com sacolas/saco de lixo aplicado com pressão a vácuo que o zelador do prédio uma vez fez aqui… joga no YouTube, era bem simples!
@user @user coisa feia
meu pai foi viajar e deixou pendurado ao lado da porta da sala um “bilhete” que ele deu pra minha mãe em 1992, carai
sofia é vc
o jisung eh mto viadinho
rt @user é disso que eu morro de raiva de mim mesmo https://t.co/nqr8f2hhqh
é o baile papito
meu orgulho porra
muleque que porra é essa
nada da certo pqp 👎
nossa mano pau no meu cu
minha mãe é um cu
ainda por cima é uma tremenda gata pra piorar minha situação. se fosse mulher feia tava tudo certo mulher bonita mexe com meu coração ❤️
rt @user @user @user ser sulista e odiar sulista eh reparação histórica
rt @user vai trabalhar vagabundo! 👊🤛 https://t.co/jizl5d2a56
@user @user @user automatikkkkkkkkkkkkk muleque chato da porra querendo roubar meu negócio
@user já enchia a porra do saco desde o começo
@user mas de lenda só tem tu né viado kkkk
caralho que vizinhos insuportáveis puta merda
nem acredito que eu consegui tirar um foto com o mais brabo, só agradecer pq ele é foda e show foi pica @user https://t.co/voy2ksoybu
@user o bom gosto pqp
chuva fdp mané grr
churrasco hj e o pau pega
que sonho pqp
eu sou mt idiota, triste dms por isso
se tem câmera no fundo de casa to fudido
quando eu paro e vejo o quão idiota eu sou, pqp
caralho que ressaca
@user por que não dá um tiro na cara desse vagabundo?
olha o que esses cara aqui do twitter consegue fazer mano, os cara é tóxico demais, ninguém sabe o que se passa na cabeça do outro e fala uma par de merda pra pessoa, cês tem o caráter muito lixo namoral
@user o pior eh q ele foi tudo isso mt perto do período das eleições ele inclusive veio com papinho de "ahhh vou votar nulo pq pt eh feio e bobo" até todo mundo meter o pau nele
Hoje no https://t.co/tQZ6i5IXfM a Sensacional Mulata Natasha Medeiros @user Apanha, Toma no Cu e Leva Leite na cara !! Que ceeeena !! Quer ver ?? assina o https://t.co/tQZ6i5IXfM !!!! https://t.co/PNk1xMgoKb
Era meu sonho! Principalmente trabalhar no centro do RJ pois seria muito parecido com os filmes... Eu quase me matei tive diversas crises, empresa merdq, faculdade e casa eram longe e o trânsito um cu, trem/metrô pior ainda e mais caro, totalmente frustada eu.
@user vc disse tudo! É muito dificil mesmo! Por isso ja vou panfletar Hidden Legacy kkkkk a autora conseguiu fazer um novo universo e a personagem principal é naquela vibe "puta q pariu mulherão da poha"
rt @user o fracassado do mike will me bloqueou pq eu postei um video de um homem balaçando uma rola no post dele kkkkkk https://t.…
não sei quem é o mais fudido na vida sentimental né @user
booooaaa porra!!!! menos um cão pra atentar
@user @user @user edgar é um poeta nao e mesmo ? sqn, voce e um cara de pal.
caralho filha da puta vai se fode o merda vamo braskl eu te ako filha da puta!!!!!!!!!!!!
@user vai se foder
@user parabéns!!! essas competições, só faz os clubes europeus ficaram de olho gordo nos futuros craques do mengão.
@user O pior, que temos um senado acovardado que gostam de fazer críticas seletivas pensando em holofotes da imprensa esquedirtas, como o Alcolumbre q disse q se o Moro fosse senador já teria sido cassado. E contra esses pulhas estão de 4, engavetando tudo.Tropa de FDP.
nunca comprei havaianas branca, odeio roupa branca, tênis branco, tênis branco essas porra suja a toa
caraio que eu fiquei muito triste
rt @user que vontade de comer um açaí pqp
Man, vê o negão dando uns murro nele é muito satisfatório... (não sou a favor da violência, mas pqp tem casos que são necessários)
a soso cmg
rt @user o novinho da nossa foto de perfil mostrando a rola... https://t.co/ecvxkc9wko
que porra de passinho chegou no sul velho perguntei???
@user porra bicho eu amo quando frentista/flanelinha me chama assim kkkkkkkwkwk minha rainha... teve um que ja me chamou de "patroinha" acho chique
num da p entendeee ocs pagando pau p esse neguim
o pessoal ta perdendo a noção do ridículo, respeitem o relacionamento das pessoas porra!! independente se vc ja teve uma história c a pessoa, nao te da o direito de atrapalhar o relacionamento atual, pqp maturidade -10.
pqp kkkkkkkkkkkkkkkkkkkkkkkkkkkk https://t.co/tsnpp4irlx
@user amiga eu acho ele meio feio... galã feio, mas como ator é até gosto. Eu só não sabia que vc gostava dele mesmo kk nunca ia imaginar
Gustavo Cuéllar não enfrenta o Bahia. Volante mais uma vez ficou na academia na atividade deste sábado no Ninho do Urubu e sequer viaja para Salvador. A julgar pelo treino de sexta-feira, Piris da Motta será o substituto #gefla
então agr não pode mais gostar de raça negra pq eh moda? é q vocês sabem os gostos musicais de todo mundo né.. vão toma no cu
que frio do caralho, credo
@user essa vagabundo tá fudido...kkk
@user @user dps army que é burra... ai caralho kkkkk
ate minha mãe ta puta com a minha trouxisse agr kkkkkkkkk nem esquento mais
uma voz dentro de mim ta gritando “vai ô idiota” a outra voz diz “calma minha fia não se afoba não”
@user @user porra tom skwjwyqiegwjwjen é o reflexo cara
é uma merda fazer trabalho no word pqp q coisa chata véi
vai toma no cu raça desgraçada
não vejo a hora da turnê do racionais chega aqui no es, vou sozinho nessa porra fdc, mas tenho que ir
aqui em bom jesus é um frio do caralho ba
não importa o que a camila faça vcs sempre vão enfiar a porra de um shipp no meio
frio e lixo na rua 🥶🥶
porra, será que não vai ter mais calourada?
🌺@user você recebeu um milkshake de morango e uma flor única de @user "Conheça nossa lanchonete, receba esse mimo como convite" https://t.co/fnqBtTgsEx
vídeos que eu amo assistir na internet: racistas apanhando feio em qualquer região do planeta
[3/8 11:10] Migles❤️: Uma q não tem dente oq só tira foto de bico ? [3/8 11:11] Dudinhaaa😇💖: KKKKKKKKKKK COOOE CR esse grt é babaca 😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂
@user @user @user @user kkkkkkkkkkkkk se fuder
Pedi uma alaminuta + feijão + salada de maionese, demorou 1hr pra chegar, eu abro o pote, e tem ARROZ E BATATA FRITA GELADA, caralho, da tudo errado disgraçaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
o povo tá problematizando esse vídeo mano, pqp kkkkkkkkkkkk vcs são chatos p crl em
rt @user ontem eu n tirei uma foto descente com a carou q ódio viado kkkk
rt @user @user you is dick você é pica!!
Gente o que rolou nesse the l*ghts ontem? Eu estava no Paraíba indo embora vi só uma multidão mas já tavam bem longe de lá, os garçons avisaram que tavam fechando pq a polícia poderia descer e aí fui mimbora, o carro passou na rua e tava vazia
mano... meu cabelo ta um nojo e grande pra caralho
é cara, pelo visto independentemente do lugar, eles nunca prestam atenção quando o assunto é esse..
@user @user seu cu respeita o nenê, ajudou mt o são paulo ano passado
odeio gente com bafo pqp
cu assassinokkkkkkkkkkkkkk tudo bem mo
frio do caralho.
1 da tarde e eu ja mandei todo mudo se foder #gratidao
@user sei lá mano kkkkk pq a kkk foi uma puta seita racista, não sei como geraria conteúdo com esse @user sem ter tom racista
são paulo, terra da garoa. em avenida paulista https://t.co/gh0rlx44b1
@user sim caralho, eu faço isso mas olha que divertido! https://t.co/vxxhgiln4v
ta ligado quando vc é gordin e sem querer esbarra numa comida ? fui espreguiçar achei uma broa cremosa kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk puta merda vei kkkkkkkkkkkkkkkkkkkkk
@user @user mano pqp
o ruim do tinder é que só tem boy padrão e ruim do hornet só vou que quer fuder e tchau, to desistindo desses apps já
amor sou transex vem fode meu cu gostoso tô online clik https://t.co/d0husbglbj https://t.co/5jqmeiqcg2
esqueci a porra do casaco, vou passar maior frio na loja hj
@user ridículo
porra apaixonei to só esperando o momento q eu vou me fuder
tenho cara de idiota, só pode
rt @user @user @user caralho que lindo e eu nao entendi nada
tem que ser mt burro pra esquecer o cel no carro mermo viu
ai irmão zero vontade de ir pro colégio hj pqp
não sei qual é a minha demência, estava mó frio e ainda liguei o ar condicionado e agora tô tossindo igual a uma vaca
⚠️⚠️⚠️⚠️⚠️⚠️⚠️⚠️⚠️⚠️⚠️ gente o meu celular tá muito fodido e eu precioso muito de um! me ajudem por favor! dêem RT e FAV e sigam a @user por favor nunca pedi nada a vcs gente https://t.co/Ezerngcz5a
@user porra kkkk
tava falando com meu ex sobre a mãe dele e descobri que ela aprendeu a mexer no YouTube (ganhou o primeiro smartphone ano passado) e fica vendo vídeo de: - orações - noticias sobre saúde - músicas aleatórias - vídeos de minecraft eu amo dona nenê porra
@user hahahauaiiuauauahahahahahhaaahhaahhahhahahahahahahaha pqp
que maldito asco.
eu nao vou mais mendigar atenção nem amizade de ngm, ngm me chama perguntando como eu to, ngm tá nem aí pra mim e eu sempre trouxa correndo atrás dos outros tentando resolver problema alheio só tomando no cu sozinha
gente sério hoje levantei meio burro
@user próxima vou puxar seus cabelo, sua orelha, o carai a 4
rt @user quando eu falo que não como carne eu já espero ou um comentário ofensivo, ou uma piada idiota. odeio isso
eu tô preocupada com meus amigos não sei oq foi que eles tomaram ontem tão mal pra carai aqui serase devo levar eles na upa ou devo deixar eles de boinha pq é só uma ressaca e vai passar?
@user depois que começou uma discussão sobre saber ou não o cpf tão falando dessa porra na tl o tempo todooooooooooooooooo
@user eu adoro ler sobre casos bizarros mas fico com o cu na mão pq sou muito medrosa. pra tudo. apsjslsjdlsjsk
qualquer pessoa fala da mesma coisa mais de 3x na minha cabeça eu já fico puta.
@user afastar deltran? é mais fácil dilmanta falar frases concatenadas ou lula o patife ir pro céu.
@user ridícula
É lésbica? Deixa q eu taco a pika q vira mulher rapidinha — encosta UM dedo em mim sem eu querer pra tu ver se eu não corto teu pinto fora e faço tu engolir 🥰 https://t.co/9eu3DiAOXA
ele é muito burro nao aguento
@user @user @user eu protejo seu cu
@user bicha kkkkkkkkk
rt @user caralho a tampa abre e depois ela fecha é tudo que eu espero de uma tampa obrigado tampa https://t.co/vep7biy23l
eu amo esse menino
lidar cmg realmente é um caralho kkkkkkkkkkkkkkkkk fico de bobeira
rt @user maracanã é meu ovo arrombado. deixa o maracanã quieto https://t.co/vyinay2m7e
@user enfia no cu saporra kkkkkkkkkk
e eu que tenho 20 mas tenho cara de ser mais novo que o povo do terceiro? triste
eu não sei lidar com a thayna, me mandou msg de madrugada rindo da colega dizendo “ cara, tá muito feia, acabada”
vai se fuder garoto puta merda voce eh muito lindo que infernoooooooo para de ser assim 😭😭😭😭😭😭
não estou preparanda para me apaixonar, mais que coisinha linda da porra
enfiar a porra da minha honestidade no cu da próxima vez coroooooi
puta que pariu que criança linda vai se foder hyunsuk
ando me identificando com esse tal de stranger things tá um puta mundo invertido e eu tô só o físico do hopper
@user Fico puta com gente que mede os sentimentos das outras por isso,lembro que quando meu pai faleceu,eu não conseguia chorar,não sei se havia sido por causa do choque ou porque ele morreu brigado comigo,só sei que tava com uma amiga,falava de outras coisas e todos ficaram medindo
@user ridículo
@user q mulherão da porra kroi gata dmsss
caralho filmar com camera frontal eh uma merda toma no cu saiu toda errada a centralização dessa merda foda ter a camera traseira quebrada i0jOHJAOSIUHSAUIH
Aviso aos Zé Ruela que entram errado no retorno e me fecham! 😠😠😠😠 Enfio a mão na buzima pq não posso enfiar na cara! Pega a faixa certa Seu Arrombado do 🤬! Pra não bater na carniça do carro ainda tenho que frear! TNC!
@user @user no te tenis tan tibio. gordo forever
@user esse tanto de caixa de biscoito deve ter sido muito caro pqp q q ela vai fazer com isso tudo?? até eu to preocupada
que orgulho porra
@user muito bom!! o maconheiro putinha de traficante devem tá espumando de raiva!!
@user @user @user @user @user O cara cai acabar com a graça dos rivais em chamar São paulino de bambi
vcs são mto burros de acreditar que o michael jackson estaria no brasil em pleno governo bolsonaro, vendo aquele desgraçado acabar com o nosso país de uma vez tenho dois palpites ou ele tá no sítio do lula (improvável) ou ele tá na área 51
porra kkk q falsas mds
nego consegue me foder sempre, acho incrível 😠
rt @user cada dia mais gorda e cada dia comendo mais
lomotif vicia só pra quem é feio
mano, o Bucky já passou por tanta coisa ta todo transtornado da cabeça e o fpd do Steve ainda deixa ele e o pior foi que o Bucky em cv disse q não valia isso tudo pro Steve então em end game ele teve certeza, enfia o "até o fim no cu" Rogers https://t.co/AGMwcYcwXP
Um lugar onde todo já foi amante , fiel, piranha, corna, é terra de ninguém, aqui o sujo fala do mal lavado, piranha julgando puta, usuário falando mal do traficante e assim vai... Um lugar onde a pessoa posta uma coisa, mas na realidade é outra kkkkkkk https://t.co/pN2ip6jQQ4
Porra acordei com 50 mensagem da Adrielly no whats, 10 marcações no tt, 20 no face, 5 no Instagram, 2 ligações kkkkk Caralho, posso nem dormir direito 😂
@user ah sujo ele era mas feio n kkkkjjk o gerard é 1 amorzin
rt @user @user meus parabéns puto ❤🥋
nunca consigo assistir o show de marília mendonça pqp
mano eu amo youtube poop
rt @user porra, perdi uma soldada. desacreditada https://t.co/yobse2gg8d
@user olavo de carvalho diverge com relação a seu..! que papo desgraçado sobre cu... to fora.
por uma causa nobre
rt @user n se brinca com isso n porra https://t.co/iblvxuoovx
essa semana vai ser loka kkkk pqp queria nem ser eu alguém por gentileza me sequestra e leva pra bem longe de passos
vascaíno amargurado é foda lkkkkkkkkll
vai fazer charme na casa do caralho, irmão... to ficando sem paciência já
meu deus eu só queria uma dessa em mim
isso caralho vamooooooooo
vai se fuder que time ruim cadê o freire e o hawk seus zé ruela
rt @user caralho eu pensei que fosse o willa meu deus seu gato é idêntico ao meu gato https://t.co/6ci5tmwtci
@user que inferno amo voces caralho
@user é so porque tipo, james, isco, ceballos (este nao é melhor que o bruno), casemiro, modric, kroos, fica fodido para ele
a única coisa que eu nunca vou me perdoar por ter desistido.
Hehe😈sexta da maldade promete🔥 So Na pressão, no cu da casada liberada,de camera-Man o marido liberal😈 💟 #CURTEAI 🔄 #RETUITEAI 💬 #COMENTEAI @user @user @user @user @user @user @user @user @user #putinhaliberada https://t.co/VtxklevWAr
porra salvador toda foi p esse buraco do gusttavo lima eh? eu não aguento mais esses mil histories
porra q nervoso de qm fica te falando o que é óbvio
vai porra
@user eu imagino como vc não me xingou mentalmente no dia das heineken 600 no lixo
queria entender como tem gnt que estuda namora trabalha tem vida social series em dia sai com os amigos faz esporte cursinho tem notas boas a porra toda como?????? qual o segredo??
É um fandom mais fodido que o outro mas quando se trata da Hailey não tem feminismo certo e nem empatia porque isso só se aplica quando é com a própria fav
que susto caralho
@user pelotas o cu dele
procurei em todos os bares de parque paulista e n achei, foi p inferno de tobogã
remediado, na maioria um “lixo branco” sem cultura e sem grandes esperanças na vida, que, de repente, pode se ver como protagonista de alguma coisa. Ao se definir como conservador e de direita, se sente como alguém que “protesta”, um pequeno herói, supostamente +
Tem uns cara no meu insta que compra roupa, tênis, entre outras coisas, e depois fica postando agradecendo a marca, Pagando de patrocinado. Na moral mano, para.. ta feio é não é sua realidade.
ok agora outra pergunta importante qual seu músico mineiro favorito??
bora porra vem tóquio
mete a porrada, te criei para isso
rt @user piranha nao muda sempre vai pisca bct pra uma glock na cintura #vemtranquilodia10
@user eu não sei como, mas tem muita mulher que curte chupar rola... fazer o que, né?!
Não sei como consegue ser mimadinha na escola com essa cara feia — Mimadinha aonde? Para de K.O com o nome dos outros, diminuir outra menina pra se sentir melhor e tão feio https://t.co/zQSY8hJ4cE
o mundo é nojento dms pqp
que dorzão no pé, puta que pariu
acabou de me bater uma vontade de ficar grávida pelo amor de deus q porra é essa
será q eu saio pra beber com esse pé fudido
@user @user @user achei q vc fosse burra. mas é só mau caráter
perfeito meu pai 😔
eu cozinho muitoo bem pqp
@user @user @user @user @user um ladrão, um estelionatário e um idiota, pense em um trio.
@user bom dia flor do dia🌺
@user A unica opinião insignificante é a tua que não passa de uma retardada que acha que vai influenciar alguma coisa nas leis governamentais e constituição, a democracia não quer saber de terroristas em sólo Brasileiro, se voce gósta de terroristas coloca o Champinha na sua casa para
rt @user carai nunca vou cansar de dizer que os prof do ideal são perfeito
reunião fdp, além de ser cedo, comida me fez mal. 🤣
@user falar de muie, cê aparece ne kkkkkkkkkkkkk vai que tô te vendo desgracada
espero que esse anão entre em alto combustão
rt @user **só prq brotei 😣 https://t.co/radji8tjyc
rt @user essa doida me deixa todo bobo pqp kk
voltando pra btu com um puta escorredor gigante 🤙
rt @user quem quer uma foto da minha buceta curte 😊
fui dormir as 8 para acordar agr na moral, vsf
rt @user vcs não tem ❤️💖🥰💞❤️🤭🤭🤭💓💕💕🤭🤭 https://t.co/eze3mmfoyd
@user @user porra o q o lula tem a ver com isso????
vai se foder piper desgraçada de linda do caralho
@user respeita o pépé filho da puta primeiro jogo contra vcs ele faz 1 gol e duas assistência
dá pra ser mais burro que esse governo do @user com @user @user e cia? num dá.
@user meu cu caiu da bunda com isso aí
@user @user O babaca do diretor do INPE queria colocar todo o aumento desde 2017 a 2018 na conta do Bolsonaro com apenas 6 meses! Tá certo isso? O Min. Ricardo Salles e o Bolsonaro não negaram aumento, mas apenas questionaram a culpa do Bolsonaro, como o imbecil queria dar entender que era!
da pra fazer au, meu brokkkkk
eu passo raiva mas eu amo puta que pariu
essa miúda é uma sacana yh 😂😂😂😂😂😂 depend on how’s asking 😂😂😂😂😂😂 morriiii
pqp kkkkkkkkkkkkkkkkkkkkkkk
ae caralho partiu toquio
@user deixa disso bicha kkkkkkkkk
@user vem é porra
tomei no cu e foi bonito
@user o tal do bêbado é fudido
estou morrendo de saudades 💕❤
amor de pica bate e fica
rt @user sera q eu ainda sou mega idiota?
@user bom dia flor do dia
menos eu
@user @user @user pqp to morrendo https://t.co/kjnq276hg6
Cala a boca, Magda! Voce ficou ao lado do mussolini tropical, e contra a Ciencia! Você é um idiota. Um astronauta que caiu no buraco negro do pensamento autoritario.
@user pqp só vai da vagabundo solto
rt @user que papai do céu nos abençoe !! flamengo x goytacaz taça rio do carioca #sub17 🏟 gávea ⏰ 13:30
@user de fazer feio?
caralho ta foda
rt @user mano bolsonaro puta maluco toxico veio aqui em casa solto mo peidao fedido slc mo chero de morte
tá na hr de perder saque não porra
@user kkkkkkkkkkkkkkk meu vsf eu to muito triste por ter deixado ele triste affs
q essa bênção caia sobre mim
que desonestidade do caralho, quando a galera vai entender que não se mede opressão, mulheres trans e mulheres fêmeas sofrem opressão diferentes, eu não tenho privilégio porra nenhuma "agradece por não apanhar na rua” como vou agradecer se corro risco de ser estuprada todo dia???
@user @user @user @user vtnc
pqp por queeeeeeeeeeeeee https://t.co/lp024ssil7
senti meu estômago gritar qnd passei pela foto da panqueca, caralho q fome
MANO A SUA MINA PASSA MÓ TEMPO SE ARRUMANDO PRA TE VER O MÍNIMO QUE TU PODE FAZER É SOLTAR UM: CARALHO MINHA PERIGOSA MIAU MIAU, SÓ VOU ME COMUNICAR NESSA LÍNGUA AGORA COM VOCÊ PORQUE TU TÁ MUITO GATA SUA FILHA DA PUTA PARABÉNS
VAI TOMA NO C* MICHAEL JACKSON É A P0RR4 DO HOMEM MAIS GOSTOSO QUE EU JA CONHECI NA MINHA VIDA OLHA ISSO PQP EU SOFRO DEMAIS https://t.co/vhUlnTv1yo
- tudo pra mim pqp eu estou completamente realizada aaaaaaaaaakanwwkdmqksmw
sdd que quando eu era puta, eu era mt mais feliz shishdishdish
meno t bailao ridiculo de bom slc
A. M. - um dos meus maiores presentes desse ano pq msm n sabendo explicar tem um puta impacto em mim. Ja fui apaixonada mas acima de td confio o mundo nela
feio não,mt afastado da beleza!
eita porra https://t.co/hp7q3dftu4
rt @user hoje o dia tá puro estresse pqp
rt @user frio maldito
lobão é muito filho da puta mano kkkk
que filho da puta bonito do caralho que inferno
as vezes tem assuntos que eu até penso em escrever sobre, mas a minha cabeça fica pensando em como falar sobre isso sem meter um "VAI TOMAR NO CU GENTE BURRA DO CARALHO VE SE ACORDA PRA VIDA PORRA"
@user esqueci de por a marina nos tweets kkkkkkkk pqp #mpn #nowunited #uniters #marinaruybarbosa
@user sangrou na hora né fdp kkkkkkkkkkkk
pqp que agonia
me sentindo feia até quando eu me arrumo
em sc corinthians paulista https://t.co/6kb486trr3
essa garota é perfeita pqp meu tudo eu amo tanto ela https://t.co/v0mefqzvtk
@user simmm guris otarios p caralho, acham bonito ser feio
@user kkkkkkkk tem como ir de puta, acredite
@user então vai toma no cu
vai ter visita hoje aqui em casa e minha cara de cu não poderia estar maior
oxe porra
tinha que ser em nova iguaçu kkkk , é flamengo caralho ❤️❤️❤️❤️❤️😂😂😂😂😂
gente pelo amor isso não vai descer não pqp
rt @user nd mlhr q alguém q te entenda e t fale a porra toda 😎
@user @user vai deixar oval fela da puta
porra vão abraçar a mara bicho desde ontem que ela ressuscita o time #voleinaglobo
incrível como o homem quando não consegue o que quer ele já vira falando "eu gorda ngm te quer" aff homem eh tóxico
está comprovado, todo homem babaca, nojentooooo é bolsominion, não da, não tenho estomago
cara, que merda. ser assediada é um cu.
[3/8 12:37] Godoy: Tu era muito feia [3/8 12:46] Rillary: Falou tudo, eu ERAAAA [3/8 12:47] Godoy: Eu falei que vc era muito [3/8 12:48] Godoy: Agora vc só é feia KKKKKKKKKKK EU ODEIO ELE CARA
o tanto que eu tô puto não dá nem pra descrever.
garota piranha do karalho 😡
@user cheh fdp
rt @user caralho q tatu foda https://t.co/nnki4u0tel
@user pelo um pqd vale a pena kkkkkkkk por vagabundo n
@user vc conhece esse manoo? a gnt tem que vir pra ca juntas um dia pqp bila, ce ia amar
pegaria alguém do 1 a? solta a inicial pfv — pegaria mas não rola soltar, sorry https://t.co/fqey95akai
@user @user @user @user eu sou verme e fascista? ok mais um print
meu pai gosta de me fuder, não é possível
NÃO VALE MENTIR 1. 16 2. 1,62 3. não 4. n faço essas coisas 5. i 6. provavelmente 7. nem nunca recebi 8. sim 9. ana gabriela 10. depende da pessoa 11. são tantas 12. odeio ngm n 13. tentando superar 14. como eu sou uma idiota, sim Responde com um emoji que eu te mando
nem eu tô me aguentando pqp
a única foto que tirei em curitiba foi com a galera do beto, que aquele eno desgraçado postou no face
assisti ao jogo brasil 1x0 vitória. não foi possível identificar qual foi o time mais feio. pqp.
@user porra... tu trabalha fds inteiro, carai!!!!
a porra minha mãe botou 20 reais de crédito para mim e meus créditos não chegou,chip tóxico
caralho eu so quero tomar remédio pra engordar mas minha tia n quer comprar pra mim que raivaaaaaaaaaaaaaa
Eu realmente queria entender como vocês são capazes de se sentir bem estragando o relacionamento das pessoas porque não é possível, oq vocês ganham com isso?Porra eu namoro caralho , ele namora e a gente nem tem contato nenhum...
caralho quando foi que sai do flop
hj mais do q nunca estou a mulher mais feia do mundo
cachopas de 10 anos a refilar comigo sem razão aparente e estupida, vão ser fixes vocês. acalmem-se lá sff
um milhão de traumas criamos um juntos, um filho lindo fizemos juntos, essa porra até valeu a pena
ela tá me fazendo de escrava pq sabe que eu vou fazer de tudo por ela, e vou mesmo puta merda ela sem dúvida é a pessoa que mais amo nesse mundo todo, é minha metade pra sempre.
@user @user paulista #mpn #nowuntied
@user só os foda, pqp meus garotos merecem o mundo vsf
@user @user @user @user @user ele só pediu p ela aproveitar a juventude dela, sem militância caraio https://t.co/k1bPvXuQHd
@user porra, tive que vim pra região dos lagos
rt @user pra hj era só f1 e transar pra caralho
solteiro não trai ô buceta
Sim, o ministro canalha condenado por fraude do @user e seus policiais militares paulistas cavalos e ogros q comandam o ICMBio, transferiram o maior oceanógrafo do Brasil para uma unidade do IBAMA no sertão nordestino, onde não tem mar. É isso.
nayara vai vir p cá hoje, estou c sdds dessa piranha♥♥♥
@user quer que aumenta carai, tá usando droga.
vou fazer a unha, n sei se pinto de preto ou vermelho
@user @user PUTA MERDA olha o tamanho do Nam ele tá enorme olha os ombros 😲😱 É tanta beleza e gostosura nunca foto só que nem consigo assimilar
não entendi porra nenhuma, mas achei muito fofo
na hora d toma da nossa bebida e fica chupando meu pau eh nosso amigo nekkkkkkkkkkkk
caralho se eu pegar um spoiler dessa série eu me mato
de vez enquanto costumo chorar naaam
@user • primeira impressão: metida pra carai • seu apelido: Taii • proximidade: 90% • uma lembrança: a não sei kk • eu gosto de você: amoo • pra ser honesto: temos que sair
velho esse gerente tá muito filha da puta cara
caralho tenho q estudar minha fala
mai fecha esse teu cu
@user caralho essa foi a coisa mais hardcore que eu ja vi uma tartaruga fazer
vamo brasil caralho vamo virar
eu: felipe chega no menino mas manda o papo discretamente ta felipe: relaxa amiga felipe pro menino: ei filha da puta tem uma amiga minha querendo te dar come ela
eu acho esse menino tão retardado pqp
pintei o céu noturno https://t.co/uqf4qgwqex
rt @user filha da puta.. https://t.co/lkagf110af
porra nem fala .
é cada coisa q a gente ler macho só fala merda pqp
caralho a tomada do ventilador explodiu na minha mão quando eu fui colocar na tomada krllllll
Ontem dps do rolê de dez minutos com a isa cheguei em casa me achando linda kkkkkk tá doido fiquei meia hora no espelho lançando um "caralho perfeita", "rolê" da autoestima
3,90 na porra do dólar de novo. aquela merda de texto base da previdência não iria fazer baixar? bando de gado
@user @user @user nop! um baita boy lixo
@user saudades da sua amiga sulista
rt @user bateu pouco nesse filho da puta https://t.co/prcygivqtd
q historia é essa de lista e cu q ta rolando na sua cidade? — ai gabi, só quem mora em vacaria sabe 😂😂😂 https://t.co/sbn0ryx4pp
@user oh mano obg porra tou bue aliviada
mas dnv?? não consegue namorar mais q um mês porra ????????
Velho sabe aquela pessoa que bate na sua mão e diz felicidades,que vcs sejam mto felizes juntos,ela é a primeira a querer que vcs se separem e que de merda pra caralho Eu to mto triste com algumas pessoas que não conseguem ser felizes e querem estragar a felicidade dos outros
@user @user @user @user aí minha filha e qual que é sua fonte então que a maioria não passa? inferno do caralho vai defender exploração sexual longe SAI DA BOLHAAAAAAAAAAA https://t.co/lgiDrtP3ZQ https://t.co/92ZrQoICNR
safado que virá puta cresce o olho
caralho achei minha varinha tô muito feliz inferno
tem gente que se acha a odiada né kkkkkkkkkkk miga para que tá feio
mas vc vai tá morto seu retardado
@user @user plano de combate ao lixo https://t.co/cnlzu8wefm
@user vindo de você porra, puta elogio anem
ei porra, as carne treme tudo sem condições
muito,muito,cômica. voce é o maximo. ja disse e vou reintera faz um canal no you tobe
Tenho uma pessoa no meu wpp que todo dia ela coloca no status a rotina dela. Hj tá assim: "acordei" "dor de cabeça" "preciso ir no médico" "estou andando até o postinho" Porra vai logo antes que tu tenha um avc e para de querer ser vlogueirinha
porra, vai tomar no cu brasil caralho
caraio o algoritmo do youtube tá uma merda. vc coloca Marília Mendonça ele coloca uma musica dela e uma playlist X com umas musicas nada haver, coloca Braza e vem uma musica do Braza e a mesma playlist de antes até se eu ponho Padre Marcelo Rossi do nada tá tocando duda beat
@user es a única que sabes meu puto 🤫
@user caralho, algum momento alguém disse isso?? que loucura, racismo reverso.
@user caralho minha mulher é gata demais mano eu nao sei lidar
vey eu tenho alérgia de uma maquiagem e eu fico passando no olho, no meu olho ta todo inchado pqp
Se até um bicho como o @user é assediado não me venham dizer que a culpa é nossa por estarmos bebedas ou sozinhas ou o caralho que os foda
@user carai, pesado
sentada dentro do shopping de madureira e puta pra um caralho porque trocaram a data do meu vestibular e não me avisaram
@user Eu acredito que isso seja campanha, só que tem um porém. Se for isso, ele está dando murros em ponta de faca, porque a esquerda não vota nele e ele está perdendo os eleitores de direita. É frota, não sabia que tu era tão burro. Kkkkkkkk'
rt @user os ministérios de notáveis filhos da puta https://t.co/jgf3fk3jmp
Acordei desesperada com a Vitória me ligando e com um monte de mensagens dela, fiquei assustada pensei que tinha acontecido algo. Mas não, a fdp só queria que eu pedisse comida pra ela, ódio
n sei o q é q vcs veem no pacha p tarem lá batidos td o fds, se fosse o biba era aceitável mas agr fechou ahah
tô só maria hj
Boa BOLSONARO! Mostra pra essa CAMBADA quem é que manda! PODEM ficar de mimimi, nunca meu voto foi tão recompensado!! Quem não gostou, só chorar 🤷😉 https://t.co/Zu7075K84x
@user só quem tá classificado e quem acertou a porra do pênalti
não tenho oque reclamar das sogras que já tive.. ❤ mas há que eu tenho hoje pqp só matando! 👎
rt @user o carioca tomou no cu 💲💲 https://t.co/vw9jc8bpvx
jesus realmente sabe o q diz
por que caralios tem umas coisas que ficam na minha cabeça por dias, odeio ser assim, pqp
rt @user gente pelo amor de deus qdo a maria da paz vai quebrar a josiane no pau???????¿¿¿¿¿¿¿
@user nem é só do FLA, vejo q é em todos os times quase a mesma coisa Adidas é absurda, mais porra, em camisas de times poucas se destacam por serem quase todas iguais
sofya é uma bebê, poderiam poupar
@user vsf guria linda
eu só quero que um dos meus pais deixe de ser burro e entenda que meu outro pai quer ele
friozinho bom p transar até o pau cair, enfim
rt @user quer ser filha da puta logo comigo que sou 50x pior kkkkkkkkkkkkkk fica no sapatinho
caralho, me estraguei na sexta cheira kkkkkkk
deus guia, porra..
rt @user vou me pôr no caralho um dia destes
@user @user @user @user KKKKKKKKKKKKKK eles ficaram sem argumentos, tadinhos, parei, essa é a última, do maior campeão internacional do Brasil para o maior campeão carioca: https://t.co/hcsgg6yT9n
@user @user brasileiro é um bixo desgraçado kkkkkkkkkk
rt @user quebradeira ontem no p.u foi lixo 😃
@user putinha aguenta 3 😜
a porra do celular caiu no chão e não acende nem pelo crl, pqp
eu sou fraca pela solar, caralho ploooooocccccc https://t.co/hepatmhi8s
N tenho limites quando o assunto é chupar uma boa pica. Enquanto tiver boys gostosos, eu gasto mesmo, n vivo sem chupar uma pica gostosa d jeito nem um. He he ... https://t.co/edMHHXcsDw
Dei uma entrada no banheirão (sem pretensões 😇) achei esse peludo do kct uncut que tirou leite do meu pau🍆💦 @user @user @user https://t.co/lajYJJ1YZp
qnd a mina fala de achar homem feio bonito eu já penso "krl minha chance"
rt @user mas gente com quem q vcs tão transando kkkkkkkkkkk https://t.co/zjuft6vaod
eu odeio, odeio quando minha mãe fica pedindo da minha ex, pqp essa mulher não esquece ela mds
@user sim kkkkkkkkkkkkk pqp, só decadência
📸 ainda sobre ontem. @user deck carioca 💥 https://t.co/eumbvssnzp
rt @user gandra até meio que compensa mas porra transportes tá queto... esperar até às 7:30 da manhã por ele
não há hora para comer o cu de tyler joseph
a quando esse almoço sair ele tá fudido,vou amassar !
caraio acordei agora
Queria tirar férias de mim mesma, passar um tempo no campo de alfazemas, colher umas uva no pomar pra fazer vinho com os pés, cavar uns buraco na terra com as mãos, e aí quem sabe voltar pra me mandar tomar no cu.
rt @user minha mãe me recepciona com um “que bom que chegou, limpa a casa pra mim” https://t.co/b1k3n12j7r
sr solomons me dá raiva mas ele é poucas ideia, fogo nesse maldito lucas cangretta
vitinho vai vim no frango dia 9 pqp precisoooo
@user caralho, eu quase morri. que aflição!!!
rt @user 2019 tá sendo tão tóxico que as pessoas se incomodam com tudo dos outros, pqp!!!
rt @user todos enganados façam arminhas 👉👉 @user https://t.co/x2gelcugej
manoooooo pqp!! eles já estão nesse nível 😱😱😱
rt @user amo assistir jogo de vôlei pqp
rt @user homem q faz fofoquinha nem é homem é viadinho merece entra no rock sem papo vários otário nessa porra 😤😤😤😤😤
meu deus q coisa linda
a mãe está gravando a menininha no pula pula e com certeza tá aparecendo eu com cara de cu no fundo kdhskdjksjsk
cacete que delícia esse chá de amor próprio que eu tomei.. 😅
depois da mitada do @user ver o caio morrendo de rir não tem preço 😂😂😂😂😂😂😂😂😂😂
minha vó quase esmagou meu avô no portão puta que pariu ces nao tem noção do nervoso que eu passei quase que eu brigo com ela
vai tomar no cu nao sei fazer nada só quero morrer logo
“sou rara” 10k rt
@user kkkkk fdp
@user porra queria demais no sul única coisa q presta é o churrasco msm.
ontem fiquei mesmo com vontade de fazer uma tatuagem lá na comenda porra
vsf trocar o piercing dói mais doq colocar
flavinha é mão de vaca
a mano é só tristeza nesse carai...
se ngm for cmg nessa feirinha vou ficar mt puta pq todo dia nego me cobra pra ir lá
bahia é fodido de bom pqp
carai minha casa é muito gelada fi credo
as vezes a gente esquece do nosso próprio valor e, porra, isso é uma merda
ok eu sou muito feia
rt @user meu deus eu tava siriricando com um botijão e explodiu na minha buceta estou tweetando direto do necrotério 😭😭
sera q vc nao entende q vc e tudo pra mim quando eu olho pros seus olhos eu nao consigo sentir nada alem de uma puta alegria pura sabe meu deus eu te amo tanto se eu te vejo eu te encho de porrada que SACO sua insurpotavel eu te amo tanto eu nem sei como dize eu vo chora :( https://t.co/QbWxbbyJId
@user @user tem que botar esse babaca no lugar dele mesmo...
to vendo um pinto. motivos: ele não para de piar 1 minuto e eu não tenho saco
eu: nossa eu e meu pai tamo sem brigar a meses incrível mt bom tamo bem demais eu: n jogo o lixo no lixo do jeito q ele joga meu pai: ooooo meu deus vo briga
@user tu é gostosa pra caralho isso sim
pqp, sair do block só agora hariany na vamos
pq toda sapatão chama a namorada de my person?
no frio eu sou mais feia que o normal, sem base
rt @user bixo em slz smp vai ter alguém q tu conhece e q tbm conhece outra pessoa q tu conhece e assim vai todo mundo se conhec…
melhor tenis do goiás e região, como diz o eric e s t i l o
mano, eu fico muito puta vendo esses vídeos/notícias de pessoas que maltratam animais
bicha bonita é bicha odiada né, fazer oq 🤷
@user quem te lembra? caralho tô assustada aqui kkkkk https://t.co/rvbksaxlra
agr posta a foto da tua torcida lotando o maraca esse ano só pra eu ver um negócio aqui.
ô raça desgraçada essa de gente que marca de fazer um serviço e não desmarca nem aparece
da próxima vez q o palhaço aparecer, ele vai tomar porrada
ainda no 7° passo, relembrem a maneira RIDÍCULA com que abordaram ele, sem medo de parecer idiota, só vai. isso faz ele rir e ficar boiolinha também https://t.co/7NIDpZeTSP
se vc eh homem e senta do lado da mulher saiba q vc eh um fdp caraio
caralho tô mto assustada https://t.co/qpwavxmabl
o liam falando 'beeeerr' imitando a cabra e quando a bichinha faz também olha o sorrisão que ele abre iti ELE É SO UM NENÉM. https://t.co/l81Fi6nZWr
rt @user era melhor ter arrumado a porra do quarto. https://t.co/pa5kwthuda
o pato tem toc 😂 parem de colocar lixo aqui! https://t.co/i3b6xbaxw1
@user nossa q toxico tnc
tava aqui provando um vestido p hoje e a minha mae solta “ deve ser muito difícil né ser piriguete no frio” 🙄🙄
rt @user boca disputada do carai, quero mais não parece até emprego
eu sou uma sortuda do caralho, mano kkkkkkkk
@user @user @user @user @user piranha #mpn #uniters #nowunited
tocar a opening de stranger things no teclado é um porre puta merda
@user caralho miguel que tomou esse tapa mane
rt @user porra, mesmo... não sei como é que gostam disso 🤢 https://t.co/hsefyqzk8i
hoje tem mengão porraaaaa #gofla
@user pal sur, o pal norte https://t.co/kxhkvyvlhf
Ela tem um gênio forte demais. É meio demente. Todos nós somos meio dementes. Essa é a fonte do nosso charme e é exatamente este lado que interessa. Se você não captar o ponto de demência,… https://t.co/QsgZMwkpla
@user anão stella, sério isso?
eu sou muito fudida caralho
rt @user doida pra receber meu pg logo pqp
odeio depender dos outros, vai toma no cu
satisfação da porra quando o django mete o cassete nos brancos.
caralho maluco que foda
@user • primeira impressão: gata pra caralho • seu apelido: amandinha • proximidade: 60% • uma lembrança: aquele dia lá kkkk rs • eu gosto de você: bastante • pra ser honesto: saudade
atenção ⚠️⚠️⚠️ a partir de agora ⏱⏱⏱ você está PROIBIDA 🚫🚫🚫 de torce para um time europeu 🇪🇺🇪🇺🇪🇺 PARE ✋🏻✋🏻✋🏻 porque o lipe disse 🗣🗣🗣 que é vergonha 😡😡😡 https://t.co/vg5Um1CvyQ
nem acredito q errei a porra de um cálculo. logo na q eu me garantia mds
@user @user vai ser burro assim lá na casa do chapéu
@user tô mermo nada, feio desse
para de babar ovo p bonoro q ta feio isso daí ja mana
. ╭ ◜◝ ͡ ◜◝ ͡ ◜◝ ͡ ◝ ( véio ) ( ridículo ) ╰ ◟◞ ͜ ◟◞ ͜ ◟◞ ͜ ◞ O O o o ° ° https://t.co/XmDKmS8vi1
rt @user plmdds https://t.co/lgypqf4fou
socorro eu amo cachorros demais pqp
to numa fase da minha vida que não to mais fazendo questão de nada. se quiser fica aqui, tudo bem. se não, amém. vai tomar no cu também.
@user @user se ofende a pessoa passa a ser racismo sim agora vai se fuder, não tem que ficar dando pitaco no que os outros sentem, e se for branco pior ainda https://t.co/w3tcDlEKhV
minha base é foda ainda é debochada kkkkkk 🔴⚫🔴⚫
eu não posso falar um "aí" diferente do que a pessoa pensa que fbego fica puto comigo eu em
alguém pra chupar meu pau? https://t.co/wjs5pxxnyn
que calor nessa cidade puta merda
@user bicha, é sério? hhahahahahaha
20=% verdade
@user pousou bem pra cacete
@user caralho, fala não!
kkkkkkk coisa feia o jeito que dança
a pessoa fica puta c seila oq, mas eu não posso saber o motivo pq estou sendo “sonsa”, haja paciência
q porra é essa?
@user pqp parece muito 😂😂😂
mano pqp a coreografia pqp seventeen eu nn aguento maiiisss bucetaaaa
parece q faz de propósito vai tomar no cu na moral
@user bolo é o caralho, abre a confeitaria logo kkkkkkkkk
e eu parecendo um cu do avesso
fazer aniversário não é fácil não,o tanto de coisa que tem q resolver pqp
meu deus eu amo o twitter
Eu já sabia! É só ler as mensagens vazadas para ver que não tem nada ali. Isso tudo é só uma forma de manipular o povo, fazendo acreditar no que não existe. https://t.co/EtveBoRSl1
@user nossa que desgosto da humanidade que é essa mulher, puta merda
olha essa promoção na placa pqp..alguém sabe aonde é isso ????
ai caralho como eu odeio meu corpo grrrr
putinha do rebolado 🤪
só aconteceu uma ss e eu já to exausta só de ver gringo privilegiado falando merda de fãs internacionais reclamando e expondo injustiças https://t.co/z9DAaNaRBH
pqp só coisa na minha cabeça
Ela é mulher para ir até o chão, rebolar, trabalhar, casar, para ser solteira independente, dona da porra toda. Ela é mulher pra ficar em casa vendo filme, para sextar com as amigas, pra fazer bem ao próximo sem querer nada em troca, enfim ela é mulher pro que quiser ser...
100% a @user a uns dois anos atrás sofrendo pela fdp da nojenta da ex dela
odeio esse menino vei tnc
@user professores da ufmg kkkkkkkkkkkkkkkkk vsf
@user analfabeto funcional. é uma prova que o clube dos isentões não passa de um bando de burro pomposo.
só m manda msg qnd for p fuder
bglh ridiculo querendo saber da minha vida pessoal.
a vontade é deixar um "lindo" em tudo q a pessoa posta tnc
caralho viado hoje vai fazer 14 graus
cabei de ver o doc sobre os queixadas e que puta história
@user o dono da porra toda
@user @user ótima ideia!!! aí qd a bonita foi fzr nota de esclarecimento n deixou comentários ativados. qm tem cu tem medo né rsr ela intimidou a guria o vídeo todo
o cara tá sendo ignorado desde outubro do ano passado e ainda manda msg pqp a dignidade meu filho
@user tá soltinha em puta
mano oq as sulistas tem de gata elas tem de mongolóide
mulher maravilha do chicote kkkkk
@user caralho q deusa
que vídeo satisfatório pqp https://t.co/3phrjec8mt
porra, demorei tanto tempo para perceber esta foto https://t.co/rqk4m2mxya
aaaaaaaaaaaaaaaaaaaaaaaaa eu to no chao o f(x) 😭
[3/8 12:11] Juliana Meloni: ELA TA PERTUBADA [3/8 12:15] Tia Ana: Eles têm que tomar no cu. [3/8 12:17] Juliana Meloni: só pode ser ciume tia [3/8 12:19] Tia Ana: Foda-se. A TIA QUE EU VENERO KKKKKKK
puta merda llkkkkkkkkkkk brasil é cagado msm
@user @user @user ruim pra caralho n é, mas boa tbm n é n
caralho chorei 💔
to cansado pra caralho e ainda vou trabalhar até as 21h, é triste a vida do corno
quebrou por baixo da película mano vsf
fica puto nn urubuzinho os alemão também gosta de ouvir mc poze..
ai meu cu caralho porra https://t.co/bfisgsnlai
rt @user @user @user o lixo está preso em curitiba, babaca! quem se importa com o que a @user escreve? https://t.co/iurtyjb…
véi que escroto, se fosse comigo ia ganhar um chute nas bolas
@user "vai caçar sua turma" c foder rapaz, xinga direito caralho!! seu cara de pastel
sempre que vou postar uma foto acontece isso
a bundinha, o cabelo porra vc é perfeita garota https://t.co/flxmmzyoaf
EU NÃO QUERO DRAMA NO MEU MANGA SUPER FOFO!! WTF SE A NANOHA NÃO ACABAR COM ESSA VACA NO PRÓXIMO CAPÍTULO EU VOU FICAR MUITO PUTA!!! HAUAHAUHAUAHAU https://t.co/mXYGE61FMN
@user @user opinião cretina , 60 milhões de o apoia! capitão será o melhor de todos os tempos!
rt @user essa chuva estragou o rolê de hj pqp ..
cada bosta que eu falo alguem me para velho ridicula demais aaaaaaaaaaaaaaaaaaaaaa
eu quero um crocs. é ridículo mas fala sério.. kkkkkkkkkk https://t.co/3yyyoscplv
porra, meu tt não atualiza, fica aparecendo as mesmas coisas 500x
minha filha do céu sapatao com essas unha aí vai triturar a ximbiquinha da sua consagrada valha me deus
@user Pergunta com o Daniel Alves que é senão o melhor, um dos melhores do mundo em atividade, não seria melhor investir em outra posição? Dito isto, de qualquer forma é um puta jogador e o Cuca se vire pra montar o time....kkkk
porra trampo foda cara vou fazer tatuagem da terceira na panturrilha
@user sou a mistura de todos esses ent no mesmo post eu falo "filho da puta você é a coisinha mais preciosa do mundo iti mas caralho é mesmo um gostoso do caralho queria mesmo é sentar to triste :("
rt @user as retardadas ficam puta denunciando meu twitter 😂😝
queria saber disfarçar a cara de cu
@user fechou o pau ksksksks tu devia ta na vip essa hr
fui compra refri com o pedro e a porra do cachorro correu atrás de noix tmnc kkkkkkkkkk
tamo em tóquio filha da puta
nego leva horas pra responder na tl e ainda tem a cara de pau de ficar na tl falando que não tem ninguém pra conversar
@user @user @user começam marcando o diego e sempre sobra pra mim o b.o vsf
frozen sua piranha vim trabalhar sem casaco 😂😂😂
caralho eu
meu sonhe é fazer isso tipo “hm, to c vontade de ir pra tal país, aí uma semana dps eu to lá” pqp
nego falando q to vendendo drog kkkkkkkkkkk sai p lá invejoso pau no cu
Se engana quem diz que ativo não chupa! O @user Queria me dar mas fez cu doce e só me chupou e pediu pra tomar leite 💦👅 He wanted to be fucked, made me horny but only sucked! He eat all my cum! 😏 Full on #onlyfans https://t.co/SQ7SaL8eZz https://t.co/8HIdO62XqE https://t.co/mAbOd6QpCr
o camisa feia
@user lançou uma polêmica, e de quebra, fez papel de idiota.
rt @user @user @user bom dia flor 🌷😘
bicho que role louco do carai! eu to destruídaaaaaaaaa
tnc viu
cantando empire state of mind igual uma retardada. prazer, eu
@user kkkkkkkkkkkkkkkkkkk caralho menor eu vou fazer isso
@user @user calma, putinha dois amantes.
todo dia um macho escroto diferente me assediando pqp n aguento mais
@user fica em casa então caraio
já pode mandar palmeirense tomar no cu ou ainda tá cedo?
@user @user não com lixo não ficamos brava ficamos com nojo 😘😉
@user ah toma no cu kkkkkkkkkkk
eu amo cavaleiros do zodiaco, sem base viado
@user @user @user @user @user O mandamento é a sedimentação da moral cristã que conduz as ações no dia a dia e é não matar ng amigo. Não é não matar quem em convém e matar quem eu tô afim. Tanto é que Jesus voltou pra salvar o mundo dos pecados que os homens vinham cometendo pra cacete
vsf vo silenciar essa praga kkkkk
@user Coe cr, sei que não tenho nada haver cm sua vida, mas para de dar Ibope, nego gosta disso, quanto mais tu render assunto, mas elas vão tá achando que tu tá se importando e mais vao falar, manda essas porra procurar uma calcinha pra lavar, vive sua vida cr, você merece .
pode mandar nude tb
@user para negão sua latinha é arrumada carai
Abel Braga admite não ter pedido Arrascaeta e a torcida manda ele tomar no cú e pergunta se alguém pediu aquele velho no Flamengo https://t.co/SJUVFBIW66
@user e eu mô preocupada atrás de vc.. onde ce tava alice? “tava andando de moto” vsf kkkkkkkkkkkk
porra, que tesão. alguém me chama pra fuder
as meninas hoje tudo no modo piriguete, frio e tudo de fora
rt @user salvem nosso planeta, é nosso lar,voce pode fazer diferença nisso #armyssavetheworld https://t.co/qrqtiwgzle
@user puta jogasso mano pqp, qm ganha vai pra olimpiadas
rt @user gente eu ia mesmo ler pq pensei q era au realkkkkklkkkkkkkk https://t.co/lkbixix8zh
rt @user erick pegou meu celular 10:00 e só me entregou agr, que grt fdp 😤😤
eu simplesmente odeio ir à praia ou à algum lugar que eu precise usar biquíni por causa do meu corpo e isso é extremamente fodido, não consigo parar de pensar que estão me olhando ou fazendo piadas sobre mim... eu odeio ser assim
bicha tá chorando no pré olímpico,imagina nas olimpíadas?
flopei
rt @user vou colocar essa foto até no meu rg vei pqp tô sem palavras 😍 https://t.co/coqksg9swp
@user @user @user Se não fosse um bando de vândalos famosos por depredação de patrimônio público e queima de pneus, isso não estaria acontecendo. Vândalos vagabundo tem que ser monitorado.
O maior nome do badminton brasileiro vem direto da Favela da Chacrinha! 🏸 O atleta carioca, Ygor Coelho, vence o canadense Brian Yan e conquista o primeiro ouro da história do Brasil no badminton. Ygor, com apenas 22 anos, continua fazendo história! #PanamericanosLima2019 https://t.co/Lmqzbb2pe1
@user toma vergonha... coisa feia... 😅🤣
@user bom dia flor
rt @user onde é que tá o meu namorado porra 😠😠 i need love
@user nossa que cara babaca! você não tem culpa de nada, ok mo? ele que é um nojento e inútil. tenta pedir ajuda de um responsável ou adulto por perto. não sei bem como ajudar, mas melhoras. &lt;3
eu sou muito atrasada pqp
@user que foi sua sequel4d4 do caralho polenguindo fedida
queria da certo na vida dessa fdp
agora é rezar pra chegar pra festa da olivia pqp
rt @user “so eh bnt por foto” gente n acredito q agr eu vou ter que ser feia por foto tb 😡😡 que saco
não aguento mais ouvir: mãe, mãe, mãe, manhê... pqp e ainda são 13:12
@user meu casal sapatao foi emaya de pll
puta q pariu eu to muito feliz
@user @user @user @user kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk aaaaaah pqp mermão tá de sacanagem
@user vtnc kkkkkkkkk
fizeram um videozinho que o @user ficou um pouco mais demente kkkkkkkkkkkkkkk https://t.co/pxsket3gma
@user caiu no shuffle e eu fiquei: pqp, como esqueci desse som!
devia ter pego mais um casaco pqp
@user Vamos falar de coisas boas? Leve essa foto na próxima vez que você for lamber as bolas do presidiário. O Brasil segue firme, a Lava Jato continua prendendo e condenando, e o lula tá preso, babaca! https://t.co/suOuSA69Uw
@user @user @user @user @user @user @user entao né a burrice até me chamaram de traveco.. auge do preconceito
@user fdp do caralho mano https://t.co/k1vmzksgzu
dancei ontem que meu joelho tá doendo pra caralho
ator do primeiro 'o exterminador do futuro' se recusa a retornar: 'eu acho isso ridículo' - https://t.co/7qlgrqwjxf https://t.co/qnfkr00wuk
filha da puta
@user agora que vocês compraram a @user podem devolver o acesso à minha conta? Alguém entrou lá, alterou o email e nunca mais consegui entrar. O atendimento telefônico é um lixo, a segurança idem. Trabalho os espera. Aguardo!
minha mae ta tao puta cmg, mds
ainda to fudido do campo pqp em
amo sssa garota vsf
a cara de pau do jornal hoje falando de microempreendedor... sério? pagar tributos em dia....
rt @user pelo menos a sapatão não está batendo na outra igual alguns heteros que bate na mulher https://t.co/iydghqlt9x
Diego Alves Rafinha Rodrigo Caio Pablo Marí Filipe Luís Cuéllar Gerson Everton Ribeiro Arrascaeta Bruno Henrique Gabigol Cara, é impossível não sonhar com títulos. Vai ganhar? Ninguém sabe. Mas, é uma possibilidade gigante!
ok parece q vamos ganhar.
resenha ontem na casa do gordo fluiu kkkkk @user teve seu batismo kkkkkk
@user pq vc é retardado
@user @user vai pra casa do caralho
rt @user olha aq macho se vc tem cabeça e pescoço ent levanta eles pra me olhar nos olhos e não no meu peito seu fudido do caralho
@user caralho thay ❤
@user smp rola a vontade de meter um atestado ndjxkxjc
Parece o kovu socorro kkkkkkk É só eu gritar puta q pariu qndo ele ta fazendo algo errado q ja sai correndinho desesperado e derrapando no chão kkkkkkkk
todo dia essa mulher gritando pra caralho, sem noção mané
eu não devia ter ido naquela porra de chá de panela ver gente que é querida e amada por família e amigos só piorou minha sanidade mental
rt @user fedor de cu véi kkkkkkkk https://t.co/itlsnxnsbk
rt @user ela me acha bonito quando eu me acho feio..
tem gente que o único argumento que eu uso é o “cala a boca sua arrombada”
rt @user as pessoas mudam p/ pior ou revelam o lixo que são? ta aí uma coisa que eu queria mt saber..
perdi meus esquemas por causa do fdp aaaaaaaaaa burraaaaaa
@user @user @user caralho eu li isso com a voz do locutor do ratinho.
velhooo,nada me dx tão mal igual o corote dx kkkkkkkkkkk pqp
@user @user bts caralho ganha
o vitória está com passos largos para série c, esse técnico fdp fuleiro.
mds se eu estivesse assistindo esse jogo antigamente já estava puta mas ave p que se estressar
tempinho bom do caralho
"prefiro o sorvete mesmo" chupa teu sorvete então buceta, te perguntei nada
@user @user foi asqueroso demais, até para os padrões globo de mau caratismo. e o barroso, lamentável! 🤮
boa tarde corintiano é lixo
@user esse cara não é padre porra nenhuma....tem q ser denunciado é vai pegar um processo...falsidade
como falar mal dessa obra de arte ?? eita povo invejoso, tá linda 😍
não tem condições nenhuma de assistir qualquer tipo de esporte feminino com o imbecil do meu padrasto vai tomar no cu
@user mano eu faço na medida do possível o mais certo possível isso que me deixa puto. mais fazer o que?!
rafaela você é tudo pra mim caralho
meu tio pedindo meu carro emprestado pra ir num churrasco lá na pqp 🤪🤪🤪🤪🤪🤪🤪
eu amo ver vôlei feminino vsf muito bom
sempre que eu vou fazer um desses não tem nada no meu copiar e colar e eu fico puta
rt @user vai me beijar quando filha da puta
eu sei que é briguinha idiota, mas eu não consigo me controlar
dps o vale alimentação não dura e n sei pq
tempo feio da porra
pqp q zica é essa do flamengo
rt @user pqp a gnt vai perder no coreano q infernoooo https://t.co/2yuve4ylsa
tem um retardado aqui na rua com som ligado
o pau é pequeno, mas a consciencia de classe é grande
tava me arrumando p sair e me deu mo vontade de desmaiar viado, to entendendo nada
Chamar a homem de ladrão é fácil, difícil é admitir q já fez parte da quadrilha de assalto a banco (ou tenta part… — WTF KKKKK preguiça d interagir e falar minha opinião pra gente hipocrita que acha certo mulher ser chamada d puta… https://t.co/CsQUMCmZqq
rt @user no mas eu to mais feia q o normal
pq ela é linda demais pqp só fode
rt @user sco pa tu manaa é o crlh porra 🤣🤣🤣🤣🤣🤣🤣🤣🤣 https://t.co/34gy0afnk6
"ai mano ele é bonito pra caralho vsf" "bonito bonito... parece um cu" kskkdkdkskkdndkdkkdkdmdndmdkskkdkdkdkskstomorrend
melhor coisa ser feio mano,ngm enche o saco
ai, quanta gente chata nessa internet, pqp
acabei de crer que nessa vida eu vim pra me fuder e tomar no cu
@user aeee carai gracas a meu cachorro q me fez sair da frente da tv
@user Ahaha Eu andei la MAs n fazia Nd quanto à alimentação e asism , no entanto o meu irmão era bue fininho e agora está mais gordo pq começou a mudar a alimenrecow e a fazer exercício ...
@user corna e vc sua filha da puta eu vo enfiar 3 dedo no teu cu
meu braço tá doendo muitoooo, puta q pariu
@user carai joão me deu unf memo né
eu conheci yasmin num barzinho, tentei flertar mas ela achava que eu era ht, e a gnt terminou a noite bêbadas fazendo um dueto de my endless love, e ficamos umas 2 semanas dps 😊
@user dps n acordas p sair fdp
@user eu n to feia demais
door é uma das melhores músicas do ano, puta que pariu
rt @user @user linda da porra ❤️🥰
gringas, eu vou pedir carinhosamente.. vão se fuder e parem de militar no meu perfil ta💜💜
rt @user ✨✨✨ uma gayzinha gorda se amando só pensa em tirar fotos pelada sem se importar com nada e ninguém ✨✨✨ https://t.co/es5uhmmy8n
eu odeio esse lugar com todas as forças areia entrando em lugar que é difícil de tirar pé todo sujo de areia na sandália homem ridículo se sunga vermelha e óculos de vendedor de água assediando as meninas gente fazendo xixi na água um horror https://t.co/MglRLwfJYH
caralho minha mãe se desdobra inteira p fazer as coisas aq de casa e o inutil do meu pai só reclama tmnc
mami me chamando de vaca kkkkkkkkkkkkkkk mt bom
to na paulista now. quem quiser almoçar bora.
@user jkkkkkkkkk fdp kkkkkkkk
tem um filho da puta me encarando dentro do ônibus
obesa em fia da puta
@user parabéns pela coragem pq noção enfiou no cu
PUTA QUE PARIU BCT EU TE AMO MYO PORAAAAA AHHHHHHHHHHH AMOR DA MINHA VIDA DONA DO MEU SER DONA DE CADA CM DO MEU CORPO
rt @user meu cabelo ta caindo, to ficando cada vez mais magra vsf vida
@user Branco tem muito q se fuder mesmo, tu n vê um preto fazendo essas graças, cada vídeo de branco fazendo essas babaquices q eu vejo, sinto mais nojo de ser branca, só vergonha alheia da minha cor
gente que vergonha pqp
pedir um favor pra beatriz é um cu! puta que pariu.
descobri que sou feia
@user porra isso vindo de você é até sacanagem mlk
letícia sem wpp é um cu.
@user @user eu mandei essa porra ontem e só carregou hj ????????
se quer blz otimo eh nois nao quer tchau e por gentileza va toma no cu
ridículo #t4
@user Todos nós sabemos o quanto você é uma defensora de nosso amado Presidente, por isso revolta ver um idiota te bloquear, se ele realmente fosse de direita não faria isso, sem ao menos verificar suas postagens, mas te entendo. Estou com você. 🏆🇧🇷🙏🏼🥇 https://t.co/E76M7QKI0X
mano quanto tempo vai demorar pra vcs perceberem q a vida dos outros NÃO é da conta de vcs? o namoro, a amizade, oq veste, oq come, quem beija ou deixa de beijar, se transa ou não, se ta gorda ou magra... TOMEM CONTA DA VIDA DE VCS!!!
[3/8 12:17] Diego Euthalio: Qual foi quebra mola [3/8 12:18] Diego Euthalio: brota no ti Belém beber um wiskyz [3/8 12:20] Jota: Porra uma hora dessa [3/8 12:21] Diego Euthalio: Qqr hora é hora Kk [3/8 12:23] Jota: Brinca muito daqui a pouco eu broto
VAI TOMA NO CU MANO como vcs só acham isso fofo????? eu só consigo ver a inocência e tristeza nesse panda por estar preso nesse inferno e não livre na natureza que é onde ele devia estar!!!!!! https://t.co/1wTkZRie40
@user ninguém presta nessa porra man https://t.co/fv8smjuyhm
puta palpitate
alice tava grudada comigo que o tio dela chamou pra ir embora ela ficou puta.🥰
rt @user bom dia! só pra falar q acordei com um tesao da porra. 🍆 https://t.co/lbuhcgv1xg
@user eu tentei emagrecer muuuuuito tempo. mas agora eu tô de boa sendo gorda. fica de boa com vc que tá tudo certo. tu é linda!
tá frio pqp n acredito
lembrei do sanduíche q meu irmão comeu msm sabendo q era meu, agora estou extremamente puta pq eu queria ter comido ele
Para cara, você se fez tanto de sofrida no tt q Junior voltou cntg, q feia kkkkk so ficava se lamentando, pelo me… — kkkkkkk tá sabendo mto do meu relacionamento em, n curti pq eu n quis, cada um faz o q quer né 🤷🏽‍♀️ https://t.co/BqEDyErQkG
@user ridículo querer acusar bolsonaro com menos de 300 dias de governo pela destruição provocada pela esquerdopatas na amazônia.
@user caraio q soninho gostoso
@user kkkk vagabundo marola mano ver legal
rt @user @user tu é um gostoso do caralho
sei q nao deveria, mas eu tô rindo muito kkkkkkkkkkkkkkk pqp
rt @user caralho esse garoto é tão perfeitinho https://t.co/coe1ynnm9p
@user errou feio errou rude
acho q o mal do século é a desunião familiar, se engravida cedo só te metem o pau, se invelhece e fica doente morre jogado no hospital sozinho, chora quando um parente morre mas não aproveitam ele em vida, é um ver o outro feliz q se incomoda, fofoca, disse me disse, ih é foda..
eu conto ou vcs ??? kkkkkkkkkkkkkkkkkk
queria ter nascido em minas, mas eu, minha mãe, a ju e a pyetra somos paulista 😢
por dinheiro nego se traiu, ficou feio🤮
como foi tua viagem? — foi boa pra caralho, literalmente a melhor da minha vida https://t.co/ksqpiojpgt
rt @user @user @user come minha irmã fdp !!! ❤️
@user tu gosta né viado 😂😂
@user vc eh lesbica e ponto final sua sapatao de merda (._.) '-'
foi mal pessoas q ficaram comigo do lado na prova pq pqp no inicio eu quase morri espirrando e com alergia...
derrube cera quente no cu da sua amiga confie no seu potencial
tem nada melhor que passar o dia com meus amigos rindo igual idiota no geraldinho
depois diz que preto se vitimiza se foder
@user no cu também, pq além de tortura eu li que tinha abuso sexual também 😡
rt @user pelo no peito e na barriga é feio demais pqp
pqp que idiota
vou jogar, se a @user mandar msg ela q vá toma no cu, bju te amo☺️
tinha que ser macho escroto, faz isso comigo e vai ver eu enfiando essa faca no meio do seu cérebro para ver se concerta a burrice
fiz tanto cu doce pra sair hoje que no final todo mundo foi e me deixou em casa kkkkk
caralho. caralho. ❤️
@user @user agr pergunta quantos são sócios/vao aos jogos torcida viadinha tnc
caralho, eu fico felizao mesmo de ver o futebol brasileiro evoluindo em contratações
fake e lixo
gabiiiii caralho falta dois
@user cuecão cara de pau
uber eo caralho se quiser vem de trancol
@user @user o cara fica de quatro deixa ela montar e enfiar o dedo no cu mds
tô puta com essa chuva
militou errado, volte 3 casas
rt @user esse cara vem com cada uma kkkkkkkkkkkkkkkkkkkkkkkkkkkkk https://t.co/fjpueywruq
rt @user @user falou o retardado que diz que o nazismo criou a aspirina
@user messi não? jogam pra ele porra
estudar a história do brasil é mt brabo vsf quem fala q é chato
@user esses cr são muito babaca mané..
Ai ganharam, nunca critiquei 😂 nem xinguei durante o jogo 💅🏻 falando sério agora, parabéns pras meninas, jogaram bem, mas tem que melhorar MUITO! E parabéns pras meninas da República Dominicana, que jogaram pra caralho também 👏🏻👏🏻👏🏻
pq cada um n cuida da porra da sua própria vida vtnc inferno
só eu n tô sentindo esse frio todo?
cólica chata do caralho
alguém roubou meu fone , tnc viu
Mas que porra é essa? Na primeira movimentação anormal lá embaixo eu já ia mandar um "para com isso porra, filha da puta" de um jeito delicado todo típico da minha personalidade fofa
sem luz, vtnc 😤😡
@user cara de velório da porra!!😂😂😂😂😂😂😂😂😂😂😂
raça imunda do caralho aqui é palmeiras!! https://t.co/vnqxpnw2kq
@user ai olha perdi as esperanças no hoseok quando ele negou fazer a tatuagem de coração que o yoongi queria pqp garoto tóxico
caralho mano o cara abriu a porta do metro e daaaaaaaaaaaale no cara
rt @user "carioca de vdd nunca foi assaltado" meu pau https://t.co/897ropdfeb
rt @user lindo demais perfeito nossa anjo sem asas obra de arte fora do museu flor mais linda do jardim https://t.co/q6e2syprme
@user eita porra deu ruim aqui tio https://t.co/qqyjneqeg2
@user tudo isso foi encomendado e ainda vamos descobrir que foi pago com dinheiro desviado. os caras são muito cara de pau.
@user @user grandíssimos filhos da puta!!!!!!!!!
rt @user papo dessa festa ontem só ter mina feia não é a toa q geral fico em cima
ouvir halsey melanie e troye me leva pra 2016 pqp
tem que meter porrada mesmo nesses marmanjos fdps, se ate essa idade nao aprendeu pau neles
@user filha da puta 8h da manhã
a camisa não é feia,mas que puta preguiça do caralho da adidas viu,parece camisa de comissão técnica
ela tá atacadissima pqp
sou um feio enjoado 🤮
se tem coisa mais intensa que sapatão eu desconheço totalmente! kkkkkkk
onde tá minha cueca
@user que porra e essa lele vc me amava ontem
@user pqp esse filme é perfeito
meu deus a miley é a cantora mais flodadora de feed do instagram cacete todo dia 35 fotos.
as mulheres jogaram muito vai se fuder
sou um lixo kk
eu reclamando todo mês pra fazer tudo de novo depois
@user aiiiiii sim caralho
rt @user ñ tinha reparado nisso kkkkkk https://t.co/ms7oqk4utk
maculan conseguiu me deixar puta da cara, com uma mensagem só
a 7 só pra gente acabar com os macho escroto sksksksksk
rt @user jeno cadelinha passiva do renjun e jaemin https://t.co/jw24kaht3f
@user tu ri é seu desgraçado kkkkkkkkkkkkkkkkk
caralho, bahia, eu te amo, entenda isso
odeio qnd eu me tranco aq e alguém toda hora q passa fica mexendo na porra da maçaneta 😡
eu sempre sou o que gasta mais pqp
@user carai quem é a louca ?
rt @user @user dps fala que é feia 🤦🤦
E n da p deixar passar em branco né Oq a gurizada do Bororé dançou ontem de noite, tirei o chapéu pros guris, tão voando, que apresentação do caralho, parabéns aos envolvidos.
rt @user porra olha esse rebolado https://t.co/i6nk7lh5w7
tô triste já não tava legal ontem pq ele tem que ser sempre SEMPRE SEMPRE um babaca? uma pessoa que você ama muito pode se transformar em ódio?
vai ter vôlei brasileiro em tóquio sim porra vai de fuder
@user fala sério imagina só um lomotif nosso c um pagodin puta q pariu amei vamo casar
não me arrependo de nada, tudo que fiz me trouxe algo, se não foi felicidade pra caralho, foi aprendizado de sobra!
sonhei que o oasis parava o cu doce e voltava
carai... hoje tem! 👽
nem sei como vou ainda viado
Tem um cara que todo santo dia passa na porta do meu trabalho berrando "Vai trabalhar. Larga o celular" e eu tô vendo um dia que vou mandar ele se foder daqui mesmo
aí que bicho babaca mano
nao posso passar mal hj pqp
jonny nao passo porra nenhuma to putassa
rt @user vai começar a altura em q o pessoal ta todo no sudas e um gajo não tem um caralho para fazer
@user @user pu ta ria braba é com nois memo, fala porra
todo respeito, vai se fuder
precisam de tratamento pqp que sem noção
@user véi que porra é essa kkkkkkkkk
@user @user kkkkkkk vsf
rt @user vagabundo e foda 😂😂😂😂 https://t.co/w5edakls7s
pqp q lindo ver um filho da puta desses apanhando. pra racista é poucasssss
são caetano x grêmio osasco copa paulista 03 08 2019 habomfim https://t.co/rbw5wqj3ao
galera tem uma menina q ela ta achando q eh a prorpia dona da padaria ninguem nem sabe quem ela eh mas a bicha ta achando q o povo quer "crescer" em cima dela a propria escada essa menina oh meu pai a chacota
bateu um negócio aqui
Manoooo isso é mt foda,,,, eu so fico imaginando a sensação de pular disso,,, o estômago deve dar um nó de escoteiro PQP
vai toma no cu twitter tive q fazer outro
caralho eu pensei que fosse o willa meu deus seu gato é idêntico ao meu gato
rt @user que mania ridícula que eu tenho de marcar 1000 coisas pro mesmo dia
@user vsf mano olha isso aff😍🤪
@user designer bonito para um caralho. kk
@user @user quero emprego fixo babaca kkk
vou com um shortinho beira cu mas tenho vergonha de ir de legg .... os ovos vão tudo ficar aparecendo. deus me free
@user pqp..heheh
@user vsf carolina
@user sou a mais feia serio ate o raro eh mais bonito
se vc pate palma pro uma merda dessas = lixo
cachorro de baiano:
@user pensava a mesma coisa, mas realmente é bom pra caralho!
os ministérios de notáveis filhos da puta
nunca pensei q eu iria criar um ódio tão grande por essa garota, puta que pariu....
caralho ta frio pra porra
@user kkkkkkkkkkkkkkkkkkkkk para porra
@user @user ai gabriel, eu to puto contigo
Por isso prefiro mil vezes conversar com minha tia, o que tiver que falar ela fala, o que tiver que conversar ela conversa, mas sem reclamar, sem me dá esporro, e sem criticar as decisões que eu tomei, eu em, chatice do caralho
to trabalhando e estudando que nem uma puta merda, dormindo 6 hrs por noite mas to tão orgulhosinha de mim❤️
o show do lagum foi ontem né man ra toma no cu eu nem lembrei
rt @user vou estar sorteando um seguidor pra me doar pau e cama, o vinho eu levo rs
@user pqp mlq kkkkkkkkk
Quando a igreja católica se manifesta sobre algo que pode acontecer no futuro, as pessoas criticam sem entender do assunto, agora aguenta essas aberrações.
caralho, o nível dos detalhes, mt foda, passei a seguir
@user nossa nunca,na pinça pra mim é bem mais de boa,esse ngc além de dar aflição dói pá porra
@user vai canta seu puto
Se vc quer que eu entre na sua loja, não coloque um palhaço de bunda de balão e microfone na mão. Pq eu passo o mais longe que eu conseguir passar.
hj é aniversario da andreza, e so queria que nos comemorasse juntas!! amo pra crl e n abro mao nunca dessa fdp ❤️❤️
@user garota flopada e ridícula sem talento
tirei caso da chifruda assumida! https://t.co/rqdo050d3x cara se fuder
rapaz, acertou o de aninha
@user 250 reais no 3 uniforme ainda cinza que ñ e as cores padrão só pode ser piada , materiais de péssima qualidade @user lixo ja pode sair , que saudades da NIKE . @user
@user kkkkkkkkkkkkkkk seu lixo
rt @user @user @user @user @user porra lara tem q abraçar os gatos
Melhor Devanir &amp; Jorgim da história. Se não conhece ainda, tá na hora de conhecer. E se conhece e não gosta, o @user quer que vc se foda. Né, Brambz? Mai c tá puto? https://t.co/KjYyUn5EBR
mate, brownie, hamburgers, deboche, risadas, conversas do coração... eu amo essas baitola véa!! https://t.co/5tenm4f611
Puta que PARIU a Suzi por um med de uma FILHOTE que frequenta a pracinha saiu correndo desembestada de um jeito que nunca tinha feito, me fez correr 6 quadras atrás dela, quase infartar de pânico e exaustão e agora me olha como se não tivesse quase me MATADO DO CORAÇÃO😡 https://t.co/zo3wumMq9i
mano aaaaaaaaaaaaaaaaa abri o app do banco, e eu tenho dinheiro viado
rt @user krlhooooo achei pohaaa vtnc mundo eu sou foda https://t.co/al899g1irc
rt @user "tirando oq tá ruim, tá bom p caralho" - tio sandro, 2019.
porra, fui sem casaco pro mosquito tomei no cu, baita garganta inflamada hj
@user anão amiga, num guento mais ler seus tweet viu...vou ter que viver abraçada com você 24h por dia não dá esse sofrimento todo
hoje so saio de casa pra abrir o portão pro puto do ifood
@user @user Flu ta mais fudido que o Vasco desde quando me diz ai?????????nem pra pagar o ct os cara tem dinheiro ,deve ate agua nesse chiqueiro velho tmnc
pqp estava msm querendo vir nesta merda
eu já tomei tanto remédio pior na veia que benzetacil se torna uma cosquinha
rt @user bglh é enfiar todas as expectativas no cu e viver suave
@user sempre feia
fica putinho destrói tudo, "deus do amor" mas já deixou e muitas vezes pediu pra matar seres inocentes (antigo e novo testamento), machista, xenofobico, misógino, não gosta de nada além do homem cis https://t.co/yrmAE4Cnjj
@user amiga vai ser sorteio, mas se dps da sope week quiserem pra vender acho que rola sim
deus que me perdoe mas eu odeio criança birrenta vai toma no cu
que responsabilidade que esse óculos novo me deu em, pqp
@user tudo piranha
nos devemos ter um puto de um chip meu
vcs no rolê: pqp já gastei 40 conto infeeeeeeernoooooooo eu no role : opa não tem eu no role pq nem no role eu vou
falta de respeito do caralho trata tua mãe bem oh seu arrombado
@user olha esse viado é assim mesmo! já briguei com ele 300 vezes por causa disso!! vem aqui hoseok @user você não seguiu seu neto!
porra tu é chato pra porra
independente do q está desenhando vc tem q admitir q é muito foda
frente fria chega à maricá e fim de semana será de chuva - https://t.co/8nowvhthjg #maricáinfo
queria tá assiiiiiiiiiim comeno o cu dele
rt @user inventou a língua no cu eu tenho que aplaudir https://t.co/dprskojg4v
rt @user então ne porra, boa, suju, tvxq, bb e snsd levaram o kpop pra fora da coreia da licensa new kpopper https://t.co/tspungqvni
mano acabei de ver por aleatório um vídeo de uma mulher fazendo o próprio parto e caralho nem fodendo eu quero uma criança
escroto pra caralhooooooo
rt @user da pra ver q a mina ficou desconfortável pra caralho e os maluco fica romantizando, é de fude mesmo https://t.co/amw1gd…
Faltam 2 vídeos pra semana misteriosa e todos os 5 que já postei estão sem monetização. terminando a semana na força do ódio mesmo, pq tem cada “conteúdo” lixo q eu vejo por aí que com certeza nunca fica sem monetização 😒
mostrei o meu tweet pra teresa e ela fez cara feia pra mim... bolsonaro mate a teresa agora!
tava tudo ok em ver o jungkook todo estiloso de cabeça baixa até ele levantar o rosto e dar um sorriso e em seguida bater palmas a pedido do seokjin que o chamou de "bom garoto" que me derreteu toda maldita dualidade https://t.co/O5hiE1VoVS
rt @user caralho pra que fui baixar snow agora to apaixonada por todos os filtros
@user isso ai caralho porra buceta
peguei meu irmão no pulo cantando blackpink muito viadinho sim
@user @user puta que pariu kkkkkkkkkkkkkkkkkk
ue bb, n era vc q me achava feia na escola?
séc. xxi e eu ainda sou obrigado a mijar de pau duro quando acordo. até quando brasil?????
que merda é esta, parece um mongol
eu e o jackson foi muito burro de vir de tênis branco pra uma trilha 👍🏻👍🏻👍🏻🤦🏻‍♀️😂
namoral eu so passo vergonha tomar no meu cu
tá virando um maconheiro do caralho em 😒 — quer atenção vc ? https://t.co/8uwawwtqhd
ranya custa ficar bêbada mas quando fica também pqp
eu estou tão gordo que se fosse um transformes eu seria um gol bolinha
levar caixote sair com área no cu ficar com pele ardendo
porra quem dera se fosse fácil assim snr
@user Ô padreco está tentando ficar muito em evidência não? Burro é você ô padrezinho de fofoca. Cai na real. Nós somos 57.797.847, quer encarar? https://t.co/avBdzWwntM
cara já é a quinta vez q eu vejo esse tweet (ou kibe) sla na tl
tedio especificamente estou com tédio dia tedioso insuportável esse tedio ohhh caralho que tedio
caralho mara eu te amo #voleinaglobo
enfim, to puta
@user @user @user @user @user @user Caralho. Tu é burro mesmo. Tinha 32 times na série B de 92. Tu queria que subissem 4?? A regra foi mudada antes do campeonato começar, antes mesmo do Grêmio saber em que posição ele iria ficar, tudo porque eram times demais e tinham que subir mais do que 4
@user amiga eu tava lá atrás na puta que pariu nunca que eles iam me ver
aiai eu to me sinto gordo hj
gente minha flor
puta merda finalmente achei o spiderverse legendado filha da puta
puta merda eu ganhei e só vi agr??????????????!
@user vc é feio pra caramba!
queria passa o dia inteiro deitada c meu pretinho 🤷🏻‍♀️🤭
acordei puto dando fora em todo mundo me perdoem :(
essa porra de aplicativo de ingressos que não aceita a bandeira do meu cartão
youtube me deixa fazer login caralho
Putamerda o homem hetero as vezes se supera sendo lixo ne? C aparece feliz e fazendo acontecer algo legal com outra pessoa, surge esses porra das profundezas do tártaro com "desculpe o transtorno, eu andava ocupado com trampo, mas vamo sair e tomar uma breja" SAAAAAAAAAAI DEMONIO
rt @user namoral eu odeio o fato de eu não saber fzr amizade, me enturmar e abordar as pessoas eu sou ridícula que merda
porra to quase fazendo um bolão
o sewoon dançando oh little girl com os starship boys, eu nao esperava por isso meu caralho infernooooooooooooooooo
rt @user ranço de gente q muda comigo do nada, toma no cu pra lá
@user meu deus eu pensei que a 1 fosse uma idola tua pqp vc eh maravilhosa como que pode? e demi sem duvidass
@user @user Querido ele é negro e sai das favelas pra se tornar quem é hoje, parabéns pra ele por não renegar suas raízes, agora já você além de uma paixão recolhida por ele ou por Glenn é um grande BABACA!
@user te amo sua fdp
@user @user tropinha é ridiculo olha o nome da sua guild mlk fbi tu ta de sacanagem
cara, eu sou inútil pra caralho. nem fazer thread eu sei fazer, muito menos esses vídeos legais, eu sou sirvo pra retweetar
rt @user cade a poc que disse que a mara não faz nada. cadê????? cadê vc poc lazarenta!!! #voleinosportv
rt @user credo, tadinha da doninha. se fosse minha vó eu matava o cara fazia ele reviver só pra matar de novo https://t.co/kjtymud…
@user @user aí brunin, ele tá babaca kkkkkkk quer mt love
impressionante que você falar de sexo ou algo relacionado com maioria dos homens te olham como se você tivesse fazendo algo errado e fosse uma puta, haja paciência para esses imaturos
só porque tá um frio do caraí o ônibus vai demorar pra passar tnc
O idiota fez uma brincadeira com porra de ciúmes e agr eu n sei se eu devo ficar com ciúmes,acho q ele ia me falar oq era e desistiu VAI SE FUUUUDEEEER todos os homens,bjs
@user Pois lá está vai ser muito fodido para qualquer dos três clubes que vá (acho) porque os três já têm jogadores “da casa” e bastante adorados... mas se ele se esforçar e tipo um bocadinho de sorte acredito que possa ter uma época fixe
@user que sigla eh essa boiola ???
rt @user projeto de niver o jk em são paulo manooo :( https://t.co/xds9szujya
caralho oque
quem nunca puta que pariu
hoje tem show do delacruz e eu não vou, tnc.😩
@user @user pqp, sério brother? 😓
@user caraio
@user old kkkkkkkkk obcecades demais pqp
aldeia burra ngm confia em mim nessa merda é o luke porra
rt @user o que adianta ser assim e só tomar no cu? https://t.co/evalnwlqt0
fodase vcs to feliz porra eh aniversário da mamãe vou fazer um caralho de um bolo gostoso pra porra pra ela e ficar na janelinha vendo essa chuvinha não tem coisa melhor que isso #sabadou
@user kkkkkkkkk crlh fdp
eduardinho é mt burro mano
chuva maldita que acaba com meu rolê 😡
@user agora que vocês compraram a Netshoes, podem devolver o acesso à minha conta? Alguém entrou lá, alterou o email e nunca mais consegui entrar. O atendimento telefônico é um lixo, a segurança idem. Aguardo!
why are you so obsessed with me é mt bom pqp amo o deboche
lindo pra porra
@user como paulista vi essa vergonha e fiquei chocada
rt @user ganhamooos porra https://t.co/xuwrg4ejha
@user enche o cu de comida pra dps vir dizer que a gente maltrata, aí é foda, antes tivesse dormido no box do banheiro
rt @user aaf sou apaixonada no ismarque sabe isaac me deu uns papos hj q parei pra refletir e porra q homem q eu arrumei ❤
rt @user ontem foi porra loca kkk
rhuan ta me chamando pra ir pra lá, ta chovendo p carai qro ver q q ele vai arrumar
que agonia caralho #voleinaglobo
@user porra kkkkkkkkkk
esse puto é ganda deus!
O Richard Rasmussen é acusado de diversos crimes ambientais, entre eles o de ter encomendado a morte de um boto cor de rosa. Incrível como o principal pré-requisito pra fazer parte desse governo é ser mau caráter https://t.co/w6Ux22iTev
rt @user quando um maluco que eu nem conheço fica me olhando de cara feia https://t.co/0v2eqidxjw
frio da porra em sp ... faltou uma 🍆 pra esquentar https://t.co/zdstjkowy5
rt @user tem uns meninos q surpreende né a gnt acha q é babaca e dps ve q ele é 10 vezes mais
blenda esqueceu a carteira,perdeu o cartao de passagem,perdeu o celular,caiu no onibus,arrebentou o chinelo e agr ta todo mundo atrasado p CARALHO meu pai a demissão vem ..
@user @user t 6e fdp
@user @user ma vai toma no cu veio diabento
@user @user Tipo, se a pessoa não sabe o que é ou nunca entrou em alguma coisa para aprender sobre q cultura só fiquem quietos. Não precisa entender, só cala a porra da boca gr
rt @user caralho. tenho mó rabão 🤤🤤 🍑🔥 #hot #ass #bunda #rj #rt #sextou https://t.co/igf7wxbwim
@user amiga, tudo bem, não precisa se desculpar com ele. ele é o escroto q não entende q tu não quer
vô te chama de caralho então pdp — faz oq vc quiser... já não me importo mais https://t.co/vxrsesobzi
Se você me fizer uma pergunta que você não está preparado para ouvir algo que discorde do seu ponto de vista sobre a pergunta, por favor, não me pergunte. Me poupe de mandar você ir tomar no cu. (Y)
Acordo, me arrumo, me acho linda, vou trabalhar, tenho aquela reunião super proveitosa, passo 2 horas totalmente desligada e focada no trabalho, saio, passo no supermercado, chego em casa, tiro o salto, tiro a maquiagem, deito na cama, tudo vazio, vida vazia, sozinha, um lixo
@user eu tenho essa música numa playlist chamada " pra sofrer enquanto bebo tequila" kkkkk pqp
Minha mãe tá sendo mais rancorosa que eu toda vez que o Bolsonaro faz uma merda ela joga na cara das minhas tias que votaram nele “ah lá a idiota da Rosângela que votou no Bolsonaro” 😂😂😂
certamente não conhece meus amigos
@user ela pipoca pra caralho xkxkxkkdkd e eu cresci vendo vôlei
a uns meses atrás eu quase terminei meu namoro porque alguns “amigos” do gabriel (que se diziam meus amigos também) encheram minha cabeça e a dele, como se eu estivesse impedindo ele de viver e etc eu fiquei mal pra caralho, não queria nem voltar p sapiranga ver ele mais
eu vou morrer porra
porra, tava tudo tão bem 🤯🤯🤯
ae fosse eu já teria matado na hora, deformado a cara e tchau puta que pariu
sempre puto e bolado
minha mãe falando que eu estou gorda, mt bom
@user pqp kkkkk 🤦‍♂️
vou começar a gritar pra filho da puta que não der seta
@user kkkkkkkkkkkkk nuuuu mas era gata pra caralho até fiquei tímido
@user @user É o que eu não entendo. A a Gávea ja é um estádio, por quê não podemos reformar e ampliar nem que seja só pra umas 20 mil pessoas? Seria ideal para os jogos pequenos do Carioca.
rt @user 2009-2010 // 2019 obs: sim, já fui gordo kkkkkkk https://t.co/tgiz4xbd8s https://t.co/98na6pzhlr
@user bom dia é o caraio
minha seleção feminina tá viva caralho
@user é vc que ta usando flor??? é foda ver uma mulher diminuir a outra só pra se sentir melhor né, melhore mona 😘
@user ridículo querer acusar bolsonaro com menos de 300 dias de governo pela destruição provocada pela esquerdopatas na amazônia.
mano, mentira é uma coisa tao feia tao feia pqp, como q a pessoa tem coragem, vai toma no cu da desgraça
@user to com fome "olhar discreto pro boy no sentido de quero te fuder"
cheguei a conclusão que sou chata pra caralho, ninguém gosta de ficar perto de mim não julgo acredito que eles estão certos...
rt @user ficar mal por macho escroto eh foda
rt @user volta aqui férias, porra
rt @user eu só quero que essa menina obcecada pelos arianators tome no olho do cu. https://t.co/wkduxwig5r
@user tomara q a mídia continue chorando mm e n mostre o q ele faz!jornalismo militante lixo!
@user ai puta que pariu, pior que tem vídeo deles dançando mesmo
@user kkkkkkkkkkkk pqp tem a pomada lá só que pro rosto esqueci o nome, ela é ótima mas não compra a do cu né
sol de queimar o cu a semana toda, chega final de semana esse tempo horrível
toda vez que eu ver na tl vou dar rt pq nunca eh demais ver um racista apanhando
@user não pq o pau pode ser bonitão
eu jurei que ia fazer dieta mês passado p ensaio e cadê, tô mais gorda q antes
kkkkkkkkkkkkkkkkkkkk ata, confia e depois toma no cu — tudo aprendizado kkkkkkkk https://t.co/iigycjexhi
como pode ser tão idiota por um projeto de barbie
maldito palo
comprei uma capinha de silicone p meu celular, e que bosta, suja muito e é um cu pra limpar
cara, boca é um idiota pqp
rt @user karate e o caralho, hoje tô pelas partes do complexo do lins, árvore seca
rt @user o menino na br ontem kkkkkkkkkkkkkk eu disse q ele era biba @user https://t.co/j3yjskbfio
no calor tb, na verdade em qualquer estação kkk
se o +80kg significar gordo, eu me encaixo em 1/10
[3/8 13:46] Amanda Rodrigues 🌸: vamos ficar em casa vendo um filmezinho [3/8 13:46] Iara Araújo: Filmezinho é meu cu apitando Amanda gente...
mnnnnn pqp ficou mt lindo eu quero cortar assim alguém me da coragem p cortar assim aaaaaa ta pft mano sem condição
@user kkkkkkkkkk ah porra
rt @user tá vendo que a gabi não tá conseguindo passar a bola pelas meninas inferno joga essa porra pra tandara
rt @user afasto qualquer pessoa de mim não aguento mais me sentir um lixo por isso alguém me mata
puta que pariu tá fácil publicar livro
tempo de corno cancela essa porra bora ficar em casa vendo filme depressivo comendo pipoca no cobertor
rt @user o que me representa é o viado https://t.co/muqoxr8zfy
está a porra de um incêndio e helicópteros não muito longe de minha casa, wtf 😰😖
rt @user o gente olha a carinha pqp eu n aguentou eu vou explodir juro q vou ele eh mt neneeemmmmmmm https://t.co/di8npqz3nr
@user vai se fuderrrrrrrrrr fdp arrombado
rt @user real e oficial https://t.co/ahw3oh60rw
fiquei umas 11/12 horas em ligação com a duda, carai como eu amo
nescafé é ruim pra caralho eca
assim que a bolsa estourou minha mãe resolveu fazer a unha do pé pq eu não podia vir ao mundo e o pé dela estar feio e vocês?
tem umas mina famosa que são feia abeça
minha mãe tá muito agressiva hj,tudo que eu falo com ela,ela manda eu "tnc",agressividade do crlh
@user parabénssss feio, tudo de bommm!! tamo junto 🤙🏼🤙🏼💙
que garoto sensacionaaal, tnc
eu amo a mãe da júlia pqp kkkkkkkkkkkk todo dia rindo no grupo
mainha começou uma serie que tem mt sapatão que eu nem conhecia, ai ela disse: "omh, tem q respeitar essas sapatonas, mt fodas" e eu aqui morrendo sccr
rt @user meu único defeito eh ser meio doida https://t.co/bgyofi6ivv
Mas depois q a gente fala a gente vê direito, o que é melhor p aprendermos a lidar ou mudar a situação, mas é foda pra caralho ver tudo q tá acontecendo
@user tô sossegado, só acho graça desses mnr cara kkkkkkk tem nem cu pra cagar
queria ficar magrinho, ser gordo é ruim :(
@user @user @user Por falar em despreparo, que dia chega o Rafael Carioca? O 8 e o 10 também? Atirar é fácil, difícil é olhar pro próprio rabo...
@user pilantra vc tá de dieta
rt @user porra se vai chamar transfobia de homofobia tira o t logo https://t.co/hf7iqsi4li
carai mano, o acidente do luiz miguel, tomara deus cuide de tudo e deixé ele bem 🙏🏻
rt @user o time ficou puto,num é possível!kk https://t.co/mreqbcgt7a
@user @user Bicho, se o Jr quiser falar que o rodinei tem q ser titular a gente releva... o cara eh ídolo pra caralho dessa porra! To cagando pro q ele fala! ELE EH FODA PRACARALHO https://t.co/5bO7ieQxMG
das cenas que mais me irritam a um domingo é a porra do telefone não parar de vibrar com os grupos de whatsapp
@user socorro, é desse jeito mesmo kkkkkkk e um dia que eu fui de esmalte amarelo pqp as muie na copa até me parou pra comentar
@user vai tomar no cú seu direita a esquerda !
dia 14 vai fzr 5 meses q eu acabei o ensino medio e tanta coisa mudou q pqp
rt @user o que você quer de mim caralho - the neighbourhood
puto e bolado com essa chuva 🌧😤
planejando me apaixonar e ainda seguir as dicas da malu se apaixona por um cara feio pq aí ele vai compensar de outras formas 🤩🤩 bom sábado amigos
kkkkkkkk socorro
boa pessoa é o meu cu
ela é de sp o que sulista tem a ver?
Não sei quem perde tempo fazendo fake de Twitter, pra falar que vou pra Hotel com gringo! Graças a Deus tenho AMIGOS prósperos que me proporcionam momentos bons e coisas boas... Vaaaai viver caralho, fazer um sexo e procurar o que fazer! 😘
ah não porra ahauahsujsussh
me apaguei no teu sexo, também gostei do teu jeito complexo, vamos fuder dnv
eu sou mto idiota meuuuudeussss
caralho mano eu to muito triste pqp
ae grzd, não durmam do nada, já fiz a experiência algumas vezes, mas juro q é sem querer.
@user sai dessa puto velho kkkkk
rt @user sm inferno, empresa burra do caralho qual o teu problema???????????? https://t.co/qncicriz9x
a vida e mt boa, vai tomar no cu
se tem uma cara de quem vai fuder minha vida
gastei grana com ice dai os cara da loja q eu comprei falaram que queria uma parceria comigo nos meus trampos e em troca eu receberia produtos deles,não sei se fico feliz ou puto
@user filhaaa da puta é corinthiano
@user esse tt eh a coisa mais ridícula
vei que porra de mundo é esse que a gente tá vivendo!
vsf eu hein
deus controla meus dedos p n mandar o victor se foder
@user cala boca cara, cê é linda porra
@user eu sou o famoso especialista de porra nenhuma, mas me impressiona muito pessoas que não conhecem o básico, ou eu sou muito curioso, ou as pessoas só estão usando seu tempo com futilidades
eu queria um gacha decente pra jogar enquanto n troco de telefone mas minha referencia de estetica ta nos modernos da nintendo entao os outros sao vagabundo ou feios
sou babaca dms
pq as mulheres que eu gosto tem todas cara de quem vão foder a minha vida
vocês não têm noção de como eu sou grata pelo q meu amigos estão fazendo pra eu ter um aniversário bom, pqp, e minha prima mais uma vez mostrando q eh uma das coisas mais preciosas da minha vida
@user ô velhote ridículo do caralho. vai procurar o que fazer...seu imbecil.
@user Eu acho que esse povo que perde sem ter noção de nada são gente desesperada até porque muita gente que perdeu cedo se arrepende pra caralho (não tô falando que é todo mundo). Mano, fazer com qualquer um é coisa de gente carente/desesperada, é muito melhor perder com quem você ama
vamo pra toquio caralho
@user o próprio significado de hitar com uma bomba oh música ruim da porra bc
@user não estava fazendo muita questão mas cacete em me quebrou agora 😑😍
rt @user resenha é meu piru dando mortal nao me chamem p essas porra
tô puta perdi minha outra conta aff
Obrigado Deus, ontem tava tudo dando errado e hj deu tudo mais do que certo, meu pai comprou a parte do sócio dele agora nois e dono dessa bagaca sozinho Avuaaaa porra
desgraçado
@user caralho casquei kkkkkkkk
fica pau a pau com 2018
rt @user @user enfia no cu saporra kkkkkkkkkk
vamo ganhar essa porra caraaaaaaiiiii
menos 1 soldado, eu que honro essa porra mermo ntj
aí essa porra de andaraí tá tão chato, povo só fala mal, com coisa que ninguém sabe da realidade 🙄🙄🙄🙄🙄
deixei meu celular cair muito feio no chão ontem, rachou a película e eu tava só o choro achando que era no cel
rt @user é hoje que o pau quebra rs, os ingressos só vão até às 14h, porém no sítio!!! (local da festa) #vemdesainha https://t.co/x3…
paulista e carioca tudo vagabundo — nao mentiu https://t.co/nhgdjpgxz0
tudo ser criança muito melhor pois eu nem saio de casa era so cheetos e muito pica pau
comprei um strogonoff pra almoçar ruimmm 🥴 até eu consigo fazer um strogonoff gostoso porra !!!
Sábado de muita música e informação na jovemfm987 até as 17hs, o melhor do pop, rock e mpb rola aqui!!! #radiojovemfm #jovem987 #jovemfm #musica #informação #pop #rock #mpb #music #radio #itajuba #suldeminas… https://t.co/Ibn7rLuXri
comam lixo e bebam álcool crianças oq mata é o amor
porra estou doido pra colocar um trem na pista logo
lembrei daquele tweet da mulher trans puts.....
parem de postar esses vídeos da gaviões ou fala do clássico pfvr to ansioso pra caralho
parece que as pessoas não conseguem ver as outras felizes. se eles realmente se amam, se respeitam e estão felizes, porra isso é oq importa. a felicidade dos outros acaba se tornando a nossa, se soubermos respeitar e amar o próximo.
é o corpo viu pqp
@user tá frio pra porra hoje, senhorrr
gente ?????? é serio isso?
@user por isso a pergunta. pensei que ela jogaria ao menos o paulista
rt @user vai toma no cu, eu odeio depender dos outros cara. não vejo a hora disso mudar.
em parte concordo com ele pois se vc nao tiver preconceito com homens pode ser q vc confie demais nele e ele te mate
puta que pariu vai todo mundo tomar no cu, eu odeio essas coisas, caralho q raiva pqp
@user não dei pt hahajshajahajahajahajaba te amo ridicula
eu sou mt idiota, q raiva 😭💔
rt @user fui visitar meu amigo de infância 😻 escorreguei na pica dele e sem querer fiquei quicando 🤭 https://t.co/px0zuqtngr
aaaahahh filha da puta belezan
matheus schier é muito babaca e tem pau feio
@user 😂😂😂😂😂😂 retardada, mau caráter, cínica...de tudo um pouco
@user puta merda eu sofro viu nasci pra isso
tinha que ter jogado no trilho, só acho
o meu pai vai comer mc donald’s comigo pqp isso é raro d+ 😂😂😂😂
namoral eu tô puta que minha menstruação desceu que ódio
@user @user @user @user caralho, isso é real?
olha o canalha comunista.... https://t.co/luxar4nm84
furei a sombrancelha amo??????? pqp mais linda nao existe
"Engravidou pra dar o golpe dá barriga" Gente golpe da barriga só da em homem rico, milionário, homem fudido nós engravida por 3 motivos. (Amor, azar ou propósito de Deus)
@user dani vai ser pd no time dos biba... chegou chegando de salto 👠...
caralho amor sua gostosa
@user so boa pra caraio varias paradinhas foda
@user amiga??? tá puta
por isso não peço mais porra nenhuma, tudo quer jogar na cara
o bb da irmã 🥰
o jungkook como poseidon é tudo pra mim sabe eu reli percy jackson imaginando ele como percy pqp só sofri
@user o porra, eu to rindo mt disso ??????? kkkkkkkkkkkkkkkkk
chego chegando gozei no canto da tua boca sua puta vai chupa minha pica desgraçaaaaaaaaaaaaaaaaaaa
rt @user que preguiça da porra
Ai porra você está com Alzheimer ou o que? E o qual o problema com a tua voz parece a porra do jureg falando 😂😂 Melhor canal nmrl
@user cortez puto da cara, rssss
caralho que eu acordei numa vontade poha.. tô aqui pra fazer o meu máximo e é isso que vai acontecer hojeee!!!! vaaamooooooo
representa meu faixa klisman 💪💪💪🌠
dia começa 100% topzera 🥰
uma feia arrumadinha
eu no primeiro ano
strogonoff de carne é mil vezes melhor do que de frango pqp, coroa representando 🤤
bom dia passando mal igual uma desgraçada 👍🏻
caralho, siiiiim!!!! ouvindo só a parte ótima da carreira.
@user sinto lhe dizer mais vc tem sim e mete o pau na mesa com esse velho chato do crl
a angústia que só um set de desempate nos proporciona pqp vôlei feminino conte cmg p td ~menos pra jogar~
eu sou mto sem noção pqp
rt @user avine vinny é muito mais lindo de perto pqp
dormi pra caralho, era disso q eu pecisava ahsushshhs
carai preciso malhar hj pra compensar esas semana merda 0 motivação
@user @user nossa graças a deus então, perdão lindas vi aquilo tudo e já fiquei puta
eu sempre digo, ae foi feinho na infancia sempre fica bonito dps
a katya ganha as coisa mais ridicula mdskkkkk https://t.co/o9leizqydg
hoje acordei me sentindo a própria caçamba de lixo
@user @user kkkkkkkkkkkk enjaulado poha! se fode ai lula seu lixo!
quando falam de havana eu só consigo pensar nas diversas performances diferentes e inovadas, camila apresentava a mesma música e fazia como se fosse a primeira vez que estávamos assistindo...... ARTISTA CARALHO #2YearsOfHavana
@user eu sonhei com uma calopsita com florzinha rosa na cabeça tem um mês atrás ainda estou a procura da minha calopsita
sla, achei engraçado
vlw pai, terminou de fuder meu dia
Meia bamba e bem pentelhuda, algum puto pela boa vista pra deixar ela em ponto de bala? @user @user @user @user @user @user @user @user @user @user @user @user https://t.co/PfqiZizkiT
@user nunca seria um lixo né o defeito dele é correr igual cachorrinho pra sam mas quem sou eu pra julgar né
pqp que sonho foda snrz 😚😍💑
rt @user bglh eh enfiar todas as expectativas no cu e viver suave
pede pra ser xingado esse velho escroto bolsominnion mesmo kkkkkkk
@user sla voce e burro
Lady murphy sempre atenta quando estou atrasada, ela faz questão de me mandar um uber bem burro, daqueles que até estanca o carro quando tá nervoser
nunca fiquei tão triste na vida, pqp, emocionada demaissssss, tenho que acostumar a esperar tudo !!!
te chamam de ladrão,bicha, maconheiro, transformam o país inteiro em um puteiro, pois assim se ganha mais dinheiro
meu deus eu sou idiota dms
@user dependendo pq hoje em dia amizade de cu é rola
eu e minha mãe arrumando a bolsa da maria flor pra levar pra martenidade... que ansiedade!!!😍😍
rt @user mina linda a pampa parceiro https://t.co/lyptuaao8i
Garantindo esse crivo para segurança dos motoristas eles se sentirão mais confortáveis para rodar em todos os lugares e todos os horários. Assim, motorista educados e gentis, com excelente nota, rodarão mais e excluirão da plataforma esse tipo de lixo que assedia mulheres.
ela acabou de sair de uma operação e tá assim kkkkkkkkkkkk
@user feio ???? nunca
vamo virar brasil caralho
@user vtnc tb emilly
nem acredito que o gui salvou meu ingresso pqp
Os cara tão parando o tempo deles p fazer textão p falar do Flamengo mano kkkkkkkkkkkkkk se vcs que não torcem pro Flamengo já ficam louco com ele imagina quem é torcedor??? Deixa o povo comemorar porra kkk
eu segurando a barra de ser a mais chata da familia jogando verdade na cara de todo mundo
rafaella e gabriella no intervalo pqp quem aguenta a safadeza disfarçada
4 meses pra acabar o ano jão, tá porra... daqui a pouco tô formado e fazendo uber, vai devagar carai
enfia essa corrente no cu vou repassar oq
q raiva ja acordo me estressando nessa casa vtnc🤦🏼‍♀️🤦🏼‍♀️🤦🏼‍♀️🤦🏼‍♀️🤦🏼‍♀️
Lixo!!!!!! Este é o nível dos artistas influenciadores q se vendem como intelectuais esquerdistas usando maliciosamente a sua popularidade para manipular incautos a acreditarem nas mentiras e inversões do imbecil coletivo, fazendo idiotas úteis repetirem suas macaquices 🤯🤪🤮 https://t.co/e4Ow5sl5Fa
rt @user vai toma no cu, odeio frio
@user MORTA E O KAWAII N PODIA VIR SEM O ":3" Bicha 0 orgulho acredita q quase chorei quando eu achei q Erza morreu? Ainda bem q n tive filhos nessa época iam todos se chamar natsu gray e erza luci o q tenho a ver
@user somoos* ia me sentir mais feia todo dia
rt @user no ainda temho q corta cabelo hj q buceta
@user @user sempre tem umas extremamente ridículas eu to puta
@user @user vou olhar flor
Dos uniformes III do @user na era @user , somente a de 2015 e a de 2016 (que virou n* IV) eu tive vontade de comprar. As demais eu não achei feia, mas não tenho vontade nenhuma de comprar..
aposto que se sua esposa bater uma agora para vc não vai ter metade da porra que ela merece lamber, nessa sexta feira ela merece... https://t.co/8zr0iLPuqS https://t.co/IhkyPx5Qdm
meu deus que parada abusiva puta merda
nunca mais terá o meu voto. traíra #stfvergonhanacional #stfsoldadovermelho
arrombado do caralho vontade de quebrar o resto da porta na cara dele
mentalmente nada eu falo mesmo
bom dia o caralho
Eu sou muito burro. Tomei o antibiótico dose única hoje, sendo que eu ia beber mais tarde. Sou um idiota kkkkk vou ter que ficar sem beber 🤦🏽‍♂️
cólica do caralho
caralho carioca não tem sotaque
perder teu cu arrombado, jornalismo lixo!! imposto é roubo
@user @user fi ,apanhei feio
@user kkkkkkkkkkkkk sem nexo essas paradas tnc
@user @user @user @user @user Cara, não é possível q vc seja tão retardado, só pode esatr sacanagem. Um jogador ser reserva de um dos melhores da posição no mundo não torna ele ruim e nem inferior a outro de outro time q não tem um melhor pra bancar ele.
tira baraka e coloca thiaguinho sua desgraça treinador confronto direto miserável @user
fico malzona porque quando começo a ficar feliz com meu corpo ela sempre solta algo, que minha cara tá gorda, bochechas maiores, que eu to perdendo minha cintura, que eu vou engordar e não vou parar mais, e que vou ficar com o corpo feio e não vou emagrecer mais
@user eu cai no mato vsf kkkkkkkkkk
além de ser gata pra caralho beija muito bem — kkkkkkkkkkk https://t.co/uicd9uqmp0
perdeu o celular, muito burro
olhando as fotos do primeiro ano no maria e porra vou sentir uma falta da escola e dos amigos que gosto
não creio que hoje tenho festa de aniversário com esse frio.. tnc
@user vou te fuder em
@user come meu cu
@user sabe ser linda a bixa
@user bora pai, bota pra rexpeitar caralho!!!! #gofla
e a idiota ainda continuou por ali recebendo as migalhas do imbecil
caraio, sei nem pq tô perguntando se eu nem tenho gás ainda kkkkkkkkkkj
kkkkkkkkkkkkkkk só agora que entendi puta merda https://t.co/qq5mwjngpc
vai fazer falta fdp
milagres acontecem
gente vocês tão ligados que já é agosto e nada do r9. rihanna você me prometeu porra https://t.co/8mpaliuv1e
queria sentar na tua cara — rola pelo menos um café antes ? https://t.co/lfnjpontkr
@user O caralho quero fibra ótica no meu bairro o caralho só pq uns bandido fica fumando maconha na praça e passa mlk de moto com um rifle na mão q SES n vai botar sapoha filhos pulta quero fibra ótica o caralho @user 400 de ping e FODA!
Amanhã o pau quebra da melhor forma como de costume, as vendas vão até hoje às 19:00, chama na dm pra nós desenrolar a melhor de tu garantir o ingresso.. #VemDeSainha https://t.co/yU5v4g0ltp
porra brasil porraaaaa
o jisung come cheetos que acha no chão que nojo gente, a fome estava grande pq pqp
porra que ódio😡
"fiquei com ela pq ela é gata pra caralho e eu sou feio" a mano vai pra puta que te pariu
vamo de boa tarde
rt @user o @user é muito top pqp melhor irmão do mundo
@user eu li ela inteira e nao é totalmente ruim, e nem é por ser lbottom oq eu to falandokkkk é só que eu acho que a andy evoluiu muito na escrita dela e eh meio decepcionante logo a primeira fic ser a mais reconhecida so pq tem smut pra caralho
vou pra terreiro porra nenhuma, já que essa fdp sempre fica do lado desse babaca
@user Vc não é visto, vc é um completo idiota, quem se calou e baixou a cabeça pra petralhas corruptos não merece nem ser levado à sério, vc é um menino velho criado em condomínio, não sabe o que é a vida real, seu mimado.
@user pela gíria na chamada já se nota que é matéria de lacrador, só defende esse lixo porque hoje ele fica falando porcarias prol esquerda
lorenne perdeu a confiança, macris a precisão, mara nao faz nada. é roberta/borgo e mayany para o tie break porra!!
vsf toda foto que eu tiro com os outros minha franja fica muito no meu olho mal da pra me vê
rt @user caralho brasil pra quê brincar com meus sentimentos assim????? tokyo porra #voleinaglobo
eu to puto, pq não era nem p ter sido preso
ela ta com uma faca na mão e ficou suave bicho.......... eu ja tinha enfiado a faca no bucho desse fodido vai tomar no cu ne
quanta gente ruim na parada..
evoluiu 😂😂😂
@user @user "eu nao nasci pra ser sapatão " kkkl
putinha do boquete kkkkk
monique é a melhor 😂😂😂😂😂😂😂 né pra piranha não 😂😂
meu amigo me deu conselhos tão sábios mano, caralho vou ter que usar na vida
uma coisa que eu não entendo gente feia privando o instagram kkkkkklmmkkkkkkkkjjk
@user ninguém aqui vai admirar papa seu lixo. adoramos deus, e abominamos comunistas como só senhor e, esse papa..
rt @user em pleno sábado chuvoso desse 😩🥺 https://t.co/0cd2pod5fz
@user @user carai, coração valente era foda...
amanhã é tudo pelo xv do batatao🤪
rt @user preciso voltar a dieta, estou muito gorda q isso
kurt cobain era a coisa mais linda do mundo, vai se fuder
@user funcionou pra caralho, até meio q ja marquei date hdjajxnajxjwj
Treino de hoje 🎯☠️✔️ Apoio dos nossos parceiros cpfcanceladooficial clubedetirocetep em Cetep Centro de Ens de Tiro Esportivo da Paraiba EIRELI https://t.co/yujCSvWElS
como dizem por aí, to nem aí pra porra nenhumaaaaa
rt @user “lee tira os pesos das pernas no exame chunnin e começa a descer o cacete no gaara” eu: https://t.co/q8jdgk7pc8
nossa
crlh minha ex ta muito gostosa pqp
o cara veio enrolando todo frouxo pra pedir uma foto comigo eu tirei né dei um sorrisão lindíssima fazendo a simpática o macho cheio de coisinha “se me tirar da foto fica perfeita” “não vou postar em respeito a sua beleza” e pra quê porra pediu ft se sabe que tu é feio infernoo
@user @user filme bosta da porra
@user quero entrar nessa onda, pois quero muito contribuir para desinfectar o país do lixo esquerdista que nos atrapalha há anos.
sufoco meu pau
que nostalgia pqp
que jogo mano pqp
rt @user ídolo dentro do campo. fora é um lixo! prefere ver o amigo bem do que o clube que o tem como ídolo!! https://t.co/2vkkmnjkb6
eu tô até agora indignada com a retardada na minha tml dizendo que a leigh-anne não poderia fazer a diana por ter um dom mais claro que o da personagem?? vei n deixa de ser negra ne
@user kkkkkkkkkk vaca
rt @user @user aaaa porra #nowunited #mpn
@user eu detestava ggs, principalmente o twice. hoje sou a maior boiola por qualquer idol feminina, puts.
to de bobeira que a menina q quase reprovou o periodo criou um insta p curso, nego marola c essa porra de blogueirinha
aaah cara carreteiro não é só a melhor comida, como também tem puta valor sentimental pra mim❤️❤️
fico imaginando essa porra de país daqui 5 anos e não vejo nenhuma perspectiva de futuro pra mim
gl- era minha melhor amiga no ensino fundamental, queria mt me reaproximar (vc tá um mulherão da porra)
@user mas eu tô no underlords irmão, dei um pau no bot ontem
oi @user nessas férias como que eu vou explicar pro gringo que a gente tem uma radialista que defende o picolé de chuchu que rouba verba da merenda das crianças?
#turmafeiravizinho eu tenho um vizinho de merda que ficava usando a minha vaga da garagem na cara dura, por mais que eu tenha pedido para ele parar o desgraçado continuava. Um dia minha mãe veio me visitar e a vaga estava ocupada, e como ela já tinha perdido a paciência, ela foi.
vou comprar um uno pra jogar lá em casa,vai dar um quebra pau.
a prova de como famy fica cada vez mais tóxico é essa, vocês pagam o tempo inteiro de bom com discurso inspirador sobre amar as pessoas e meia hora depois os mesmos tão criando rivalidade, história sobre alguém, exposed e os caralho
e eu que fui pega com o pau do boy na boca
pensa no cagaço do babaca quando o cara meteu o braço pra fora da porta
tão lindo ver homens dando o cu pras namoradas isso sim eh uma grande conquista do dia a dia
mano deus me livre q nojo da porra
@user que puto parásito nos a clavado ramos.
@user é nois carai kkk
rt @user posso ser feia, mas pelo menos não fico diminuindo outras meninas no cc, boa noite
Já tô num surto de baixa autoestima pra piorar fico vendo foto de gente bonita mas eu tinha mesmo é que ficar cega pra parar com essa porra de frescura
mano, dois tie é pra fuder o cu do palhaço, tava 2x0 porra
Menino aleatórios a quererem dar em cima de mim : ÉS GAY , BI , HETERO QUE COME GAJOS ? ÉS ATIVO OU PASSIVO ? COM ESSE CU DEVES SER PASSIVO MAS ESSA CARA É DE ATIVO ! Eu simplesmente fico sem reação :/
cúmulo do ridículo kkkkkkkkkkkkk tem gente que faz um negócio que acho que até deus dúvida lol
tá frio pra caralho na pista, já vi que esse fds vai ser favorável pra ficar de base
hoje é aniversário da maravilhëusa da @user e eu quero desejar tudo de melhor no mundo pra esse mulherão da porra que merece pra caralho. Te amo, bonita. Tenha una excelente dia.
hahahahahahha herói
yohana vai se mudar mano vsf
yt music atrasado pqp só adicionaram hj https://t.co/vmksh8djno
qual parte de o planeta Terra tá morrendo vcs não entendem? porra para de jogar lixo no chão, para de usar um copo diferente toda vez que você for beber água, para de jogar lixo no mar, para de ser essa pessoa horrível que vai deixar um lugar inabitável para se morar daq uns anos
@user @user @user @user @user @user Sim. Mal mas jogou. A posição dele é lateral direita. É la q faz bem, e lá q se destacou. Acho um IMBECILIDADE o clube focar suas duas maiores e inéditas contratações em uma só posição. Iss é idiota em tantos níveis q nem cabe aqui
rt @user agente só vive uma vez e ainda nasce feio aí é sacanagem pô
não e ficar de cara feia
Mto complicado quando vc para pra pensar se vc realmente se acha feio ou vc se acha feio pq viu alguem flnd q algo q vc tem eh feio, as vezes a gente nem lembra de onde saiu essas ideias sabe? É mto complicado issooooo
se voce namora sabendo q o seu @user é assexual NAO tenta forçar nada filho da puta namora outra pessoa se vc acha q sexo e TAO necessario assim porra https://t.co/8hDRFQAABD
literalmente cercada de mulher bonita pqp obrigada jc
eu sou mt troxa mermo
rt @user a derrota de lula é este lixo - https://t.co/a1xdvp9ye8
pse furaram cmg mesmo agr ngm pra me fazer companhia sem gastar dinheiro nesse sábado
@user tá fumando caraio?
mano que porra é essa que eu acabei de ver, vtnc
merecem demais porra
hj eu tô só deborah
@user porra. cadê cadillac dinossauro!!!
cabeça explodindo, pqp
BOM DIA COM MUITA LEITADA NO CUZÃO DESSA SAFADA! 🍼💦💦🍑 QUEM CURTE ACORDAR JÁ TOMANDO NO CU AE? @user @user @user @user @user @user https://t.co/CDXGidu7Zp
pqp que noite perfeita
@user Vou fazer uma visita diga a ela afinal n te vi nada contra a pessoa dela só tenho divergência de opiniões n bajulo macho escroto
sou campeão do mundo você não conseguiu palmeiras vai pra puta que pariu 🎶
meus pais estão querendo ir pra bahia, pqp graças a deus senhor
Pqp, ontem meu celular DO NADA começou a apitar muito alto e ficar com a tela vermelha. Qnd vi era um tal de "alerta Amber". Que doideira essas coisas aqui, caguei de medo
rt @user @user porra perfeita demais q isso
feio demais incomodar a vida das pessoas cm um passado que nem rendeu
rt @user yan nao fez porra nenhuma🙄
mas sou legal kkkkk
@user @user kkkkkkkkkkkkkkk mas cara de pau logo
caralho irmão olha que perfeita 😍
rt @user mulher tem 7 sentidos, visão, audição, olfato, tato, paladar, drama e reconhecimento de puta.
caralho tem que ser muito forte pra responder as perguntas do meu curious cat. se se deixar levar sofre de auto estima baixa, Deus os livre das maldades q um dia eles vao passar
rt @user @user @user em agosto esta cheio de manifestações. dia,13,avenida paulista
hoje pau quebraaaaaaa 😅😅😅
NBAJABAJABAN NÃO ELA É SAPATÃO ELA NN GOSTA DE HOMEM , ELA GOSTA DE MULHER , BUCETAAAAAAAAAAA ELA GOSTA DISSO , ELA É SAPATÃOOOOOOOOOOOOOOOOOOOOOOOOOOO https://t.co/qdzfdcdJWB
rt @user ninguem nunca pensa em mim antes de fazer porra nenhuma e eu sempre coloco todo mundo na minha frente pq sempre penso em g…
dor de cabeça do krl, essa porra q n desce
fã de kpop começou a sair das cavernas mas ja tem que voltar, o galerinha chata do caralho
mano odeio depilar a perna pqp
pra completar minha autoestima tá um lixo hoje amoh
porra de nude o q manda suas teorias pra ver se nossa brisa bate
@user @user @user @user @user kkkkk vaca leiteira
caralho​, limpei a casa praticamente até agora.
logo em dia de jogo minha mãe quer inventar de ir lá pra pqp
#istoélixo isto é não é marca de papel higiênico ? https://t.co/rvygdbpgea
só tomo no cu 🙁fui jogar bola pra distrair um pouco machuquei o pé nem andar to conseguindo 🙁 olha sem condição
@user Como dizer que ficou foda para caralho??? Você está simplesmente linda e eu espero que os comentários de sua mãe ou outros não te afetem tanto porque o que importa é você gostar de si.
Bolsonaro e sua corja moldam a verdade a sua maneira, portanto uma mentira. Colocam, então, fanáticos da bíblia na Comissão da Verdade, para acabar com ela. E milicos, cuja especialidade é mentir (chamam isso de contrainteligência).
aula de auto escola é uma buceta de chato viu.
@user aquele homem era uma caçamba de lixo mesmo, nossinhora
rt @user paz pra nóoooooos porra 🔛
10 meses esperando esse carai de música
mais tarde tem a festa da pérola 😍
sempre vai ter um retardado que vai dizer que vc não tem futuro
@user puta q pariu 🤦🏾‍♂️
@user @user @user então não vai no médico quando ficar doenteee hkkkk fdp
eu trato igual p pessoa se foder msm
sim fdp
@user @user vcs são ridícula kkkkk posso nem ser carinhosa
eu dava uma surra de moral em um animal desse, meu deus??????
rt @user é lenda urbana, a sasha tem cu sim https://t.co/ds2v99lobg
@user macho, pelo amor de deus, te aquieta. um diabo desse só fala merda. porra.
aeeee caralho brasil ganhou, nos vemos em tokyoooooo
Olha violência nunca é legal. A maior violência é entrar na terra dos outros e desmatar. Esse indígena merece medalhas.
deus ajude q eu não me torne uma pessoa tão trouxa como minha mãe quando o assunto é homem deus ajude mesmo, pq vai tomar no cu viu
pqp que jogo, tamo em tóquio porraaaa
o próximo governo tem a obrigação moral de banir essa cambada de idiotas do país!!!
ela de casaco de ursinha!!! cacete!!! é muito lindeza pelamorde! https://t.co/p5fmj4twjz
@user @user cara educado demais né!!! eu te mandaria pra pqp
rt @user penso sempre q as pessoas vão fazer por mim o mesmo q faria por elas mas acabo por me fuder sempre :)
mt eu essa menina da moto
rt @user olhem só que artista, o cara manda muito bem, e pau no cu do bolsonaro. https://t.co/jil2wnzniz
rt @user real e oficial https://t.co/ahw3oh60rw
a autora grande basicamente posta um plot igualzinho a uma fanfic do one direction que e ainda tem um plot bem parecido com o meu olha isso da um desanimo para caralho
rt @user @user ai vi tua irmã ontem mas eu tava mt louca na hora, ela tá muito linda puta merda
meus amigos ficam dando rt em coisa pornográfica e do nada um pinto sendo chupado na tml
@user toma no cu, massa dms, e vc ta na onde ?
minha avó falou que quer ter uma conversa mt seria, tô fudido
"tem gente que é tão inteligente, mas tão retardada" mãe, minha
rt @user sem condições com esse sorriso pqp https://t.co/c8g1dhly2v
to muito puta sinceramente
cara, toda vez que o mineta aparece eu já fico 🤢
brasil que porra tá acontecendo
alô, @user é inveja que chama né?
eu vou voltar a fazer agachamento, pqp
odeio a marta , puta que pariu como é que sinto tantas saudades dela 🙃🙃
caralho frio me da varias vontade de fazer nada
adolescente: sabe van gogh? eu: vai tomar no cu santander toda hora me liga
@user vai liberar o cu ne 😍
@user uma pena que seja caro pra um cacete
@user @user alguém já te falou que você é feio pra caralho?
pra que?
que ressaca e sono que eu to pqp 😪👎🏻
rt @user soberba já é escroto pra quem tem grana e poder, imagina pra pobre fodido
rt @user hoje tem💃💃🍻 https://t.co/pvkmbcseat
rt @user n tem um pingo de consideração por mim, acha msm q eu vou ter por você????? vou, pq sou idiota
10 reais de frete? eu vou pegar andando essa porra kkkkkk
@user @user @user ele encheu a administração do governo do povo carioca com montão de aliados do garotinho!
rt @user acho incrível como o outro incomoda a vida alheia https://t.co/nnlhcxle5j
@user boa caraio
pqp que agonia
rt @user ele não perde essa mania, coisa feia cr https://t.co/cvduadsjx4
rt @user vai tomar no cu eu não aguento mais esse governo eu vou chorar puta que pariuuu vai se foder quem votou no bolsonaro desej…
pensei q era suas fotos, viado
@user te fode negah, feia? aonde?
vsf coloca a amanda
rt @user boatos que meu pau baba muito, será??? https://t.co/icsnutlvje
rt @user ninguém vai fazer um churrasco nesse final de semana?? pessoas tóxicas do caralho
rt @user estou tão gorda jasus
rt @user idai que você é bonita eu sou feia mas pelo menos sou jikooka
@user bora caralho
rt @user meu sonho é a socialves ser na semana do meu aniversário pqp
a tartaruga está com algumas parte doendo😆😆 parabéns ministro @user
essa oi é uma filha da puta 🤬
manda esse maluco toma no cu dele
ahhhh o mar... #frases #frasesinspiradoras #mar #praia #sea #beach em praia do pau grande https://t.co/duuambtyjv
rt @user faz-te um homem, porco do caralho https://t.co/xsykqyig6k
@user @user @user mas o GUARACAMP eh legitimamente carioca e ainda por cima eh da zona oeste. vou levar um concentrado de guaracamp
É ISSO AÍ CARALHO TEM QUE DEITAR ESSAS MERDA NA PORRADA MEMO, maluco acho que eu nunca torci tanto pra alguém ser arrebentado pprt https://t.co/nsa27pGYwk
@user amiga se for reparar n eh o mais feio
@user ainda sou muito mão de vaca com capinha. passou de 20$, já estou chorando miséria.
tóxicos! quem vê em fotos e vídeos acha um casal bonito/fofo mas por trás é um relacionamento tóxico e escroto, isso foi praticamente o que ambos disseram quando foram questionados sobre o término. longe um do outro são perfeitos, quando estão juntos é hiroshima e nagasaki. https://t.co/QK1X9tTWz0
ai gente nao respondendo do jeito q eu planejei na minha cabeça gente toxica do caralho
e muito dificil ser feia e pobre
abacaxi com granola é muito bom pqp
rt @user o fdp nem disfarça https://t.co/am4igihal8
acho ridículo eles não quererem pagar o valor do cachê e ainda nao libeear nenhuma pessoa
rt @user cogitando nao sair, por estar se sentindo ridiculamente feio
@user tem q sentir msm só sou um pobre boiola indefeso
putinha da cavalgada
eu aguentei desde quarta essa desgraça com uma falsidade do caralho mas dps q eu fiquei sem paciência por outros motivos e ela começou a fazer gracinha olha ja deu
@user feia onde pietra???
o sotaquezinho do mingyu enquanto fala inglês muito fofo pqp "im so tired, im so tired, im so tired"
se eu vejo um bglh desse ele toma um banho de refrigerante, sem neurose, filho da puta respeita tua mãe
Todo fandom tem as pessoas ruins, as pessoas que criticam, que procuram briga por besteira, que jogam hate gratuito. Mas esse prêmio não é pra elas, é para as pessoas que lutam pra cacete pra que seu ídolo consiga algo, para os fãs que dão tudo para ajudar o ídolo. Entendam isso
Enquanto isso eu PUTO dentro do ônibus uma senhorinha orando por mim (????) até eu descer no ponto perto do shopping. Eu no celular tentando falar com os meninos putissimo chega Elissa atravessando a rua, eu começo a chorar porque peguei o ônibus errado.
uma droga maldita que vive tirando a vida de muitos adolescente 😓💔
wowowowow, vamo c calma, as vezes q eu levei flor foi pq eu tava mt feliz c a pessoa e n pq eu tinha feito merda
comprei um strogonoff pra almoçar ruimmm 🥴 até eu consigo fazer um strogonoff gostoso porra !!!
@user @user amg olha o cu
rt @user @user quem gosta desse verme ?
meu anjo vc acha que eu n sei lavar minhas roupas anjo? fiquei seis meses sem uma máquina de lavar, lavando tudo a mão caralho
se as pessoas do meu sonho tivessem ideia das coisas que eu sonho com elas pqp kkkkkkk
ai essas 4 derrotas dno lol me deixou puta
Cala a boca, Magda! Voce ficou ao lado do mussolini tropical, e contra a Ciencia! Você é um idiota. Um astronauta que caiu no buraco negro do pensamento autoritario. https://t.co/m1Vhp5Q2Ch
caralho quase quase tive um ataque cardíaco
@user só faltou o surto da v e da ana com o cu mano kkkkkkkkkk
de onde que a pessoa tira que isso é um puta texto filosófico pra postar no instagram https://t.co/h09kd1cknr
Esses fdp passa aqui na rua com essas moto fudida fazendo um barulho do CRL na hora que tô fazendo Valentina dormir pra poder sair. pqpppppppp
carai kkkkk
essa thread é a prova de que não tem coisa melhor que casal de sapatão nessa vida a gente tem só que defender mesmo
ta frio e tá chovendo, foder agora seria bom demais, porém não faço essas coisas https://t.co/l9dl7jypq2
@user deixa o pericles em paz filho da puta
shawn mendes eh homofobico pq ja deixou claro que não eh gay cancelem essa aberração 😡
rt @user sou branco mas tenho vergonha da minha raça pqp https://t.co/nyziqiilid
ela é tão linda! pqp caitrionaaa ♥️
vamo brasil, caralho, 2 pts
gabriel doido pra tretar com a guria do stts dele pqp
@user @user rola dms, br fazer acontecer mrm, da ideia na dm ai
só idiota msm pra ir em uma porra dessa
eu tô puta com esse telefone
sempre que eu pinto o cabelo da minha mãe pinto a minha mão inteira que raiva
Bem-vindos! A partir de hoje só compro desta marca. Toda empresa que coloca dinheiro no Flu precisa ser valorizada, mas a leitura de alguns comentários neste post me deprime. A verdade é que as redes sociais deram voz a toda espécie de idiota. https://t.co/MBbFoHcJX8
rt @user caralho. comecei a chorar https://t.co/pxmmuhzjp1
rt @user q saco eu odeio bater neurose c bagulho nada a ver mas ai fico surtano soznha vai tomar no cu
ódio que eu tenho é de quem acorda primeiro que eu pqp aaaaaa
Ela querendo ou não, não lidou com a morte da Boo e não conseguiu se perdoar pelo o que fez ainda (minha concepção) Ela não mandou a madrastra cuzona e o pai cuzao toma no centro do cu e isso é necessário. +
vagabundo morde a cara qnd vê nós na maior paz
kkkkkkkkk a jadhe eh top, pqp
rt @user pqp, eh agora que o shawn e a camila vão postar vídeo fudendo https://t.co/xqgxdgpkph
@user @user goza não ...rasga o cu 😂
rt @user preciso fazer alguma coisa, eu to me sentindo um lixo de feia
rt @user caralho, que delícia https://t.co/dev8ihsmoj
@user disse que saquearam a petronas e traje saqueando o judiciário. canalha.
@user kris e loes princesas ❤️ o resto é caçamba de lixo
era so botar pra girar caralho imagina o cheiro de pinto pqp https://t.co/exlzrvpr7d
Passei anos me achando um lixo por não ter uma barriga sarada Não acho mais isso mas ainda não consegui deixar de querer uma barriga sarada https://t.co/dQ2iWi6lzo
atenção ⚠️⚠️⚠️ a partir de agora ⏱⏱⏱ você está PROIBIDA 🚫🚫🚫 de torce para um time europeu 🇪🇺🇪🇺🇪🇺 PARE ✋🏻✋🏻✋🏻 porque o lipe disse 🗣🗣🗣 que é vergonha 😡😡😡 https://t.co/vg5Um1CvyQ
@user amiga vai ser sorteio, mas se dps da sope week quiserem pra vender acho que rola sim
oh burro, como é que não me lembrei da loja ao lado do teatro sá da bandeira
@user População aumentando , necessidade de maior produção de alimentos, maior consumo de água potável, maior produção de lixo, sem falar nos bens supérfluos, qual a solução, controle da natalidade, ou chamar o Thanos ?
tô com uma cólica desgraçada aaaaaaaaa
espero que ela n esteja morta q
pqp eu amei
@user q porra ein vai reunir todo mundo nessa festa só pq não vou esse ano
o hetero colocou a mão no meu pau ontem kkkkk eu disse q estava sem cueca e ele meteu a mão na brotheragem
ai bem lkkkk ridículo
Resumo do role ontem : - aniversario dele ontem ! - pegamo 4 Garrafa - 1 gole em cada garrafa puro Falo que ia ate as 7 da manhã no role foi até as 3 Misturo Gin , Black e Jack Pego ninguém Mais curtiu pra caralho. Faça seus amigo feliz E ter role inesquecível. Te amo irmão https://t.co/nykrBMzAqs
minecraft é realmente um jogo que mudou mta coisa do cenario dos games e merece mt respeito, foi um puta jogo lendário.
@user será se rola? kkkkkk
Se esse Harry morde o lábio me encarando e depois passa a mão no meu rosto com uma desculpa qualquer eu provavelmente não estaria mais viva pra contar história... Por Deus ver esse vídeo me deixou FORA DE MIM O filho da puta é irresistível e SABE disso https://t.co/C7YYAr4GFL
o tt ta so com noticia boa hj e video bom pra caralho
mano, esse tipo de coisa é o que me deixa mais no veneno na vida. puta que pariu
rt @user eu nao esperava ter conquistado tudo com a idade que eu tenho, mas porra não ter conquistado nada ai é foda
fora pqp
cpi em tudo quanto for órgão público que deu prejuízo nesse país! alguém ganhou com isso! o povo é que não foi!
agora com bl fazendo parte do crossover pode ser que ganhe um pouco mais de visibilidade, se não ganhar pau no cy da cw
@user esse fdp tem morrer
que vontade de beijar aquela boquinha desgraçada https://t.co/gja1e8lmhr
rt @user mas por que eu nunca tinha visto esse vídeo impecável antes? puta merda a perfeição #mpn #nowunited #uniters https://t.co…
esqueci a porra do óculos dnv, passar o dia todo com dor de cabeça
caralho n sabia dessa
@user @user @user @user @user @user sou mineiro kkkkkk
cu de vida
Ficamos sob tiroteio durante umas seis semanas, a ponto da facção rival invadir a comunidade dentro do próprio caveirão, morreu gente pra caralho, morreu bandido, morreu traficante e morreu inocente, inclusive uma idosa de uns seus 60 anos. Nem tivemos destaque nos jornais
nossa eu to apaixonada por esse neném pqp :(
droga
@user pqp any #mpn #nowunited #uniters
to chorando porque minha irmã é retardada e saiu com os dois cartões e eu não tenho 1 puto pra almoçar
pessoa que perguntou isso, parabéns vc é um idiota🙏🏻
rt @user taca o pau aí senador..aqui te damos cobertura..é absurdo e mais absurdos.. https://t.co/qhjnibhkjw
Apesar das recentes atuações fracas do Cuellar, a diferença dele pro Piris é gritante. O paraguaio é combativo, tem raça e marca, mas não tem muita qualidade com a bola nos pés. Precisa melhorar muito nesse fundamento. Fazer o jogo andar. Talvez JJ possa ajudá-lo. SRN
@user machista fudido
sem paciência mais pra essa merda, eu tento ajudar mas me respondem como se eu tivesse culpa sendo que não tenho nd a ver com o ngç e só quero ajudar. pau no cu também inferno
a caga meu pai vamooo porra
@user caralho perfil de corintiano é muita vergonha alheia puta mersda gostei
me arrependo de confirmar minha presença nos eventos previamente quando no dia tá um frio do caralho
está comprovadissimo que o carioca da gema não sente frio tá fazendo 20° e eu estou com 3 casacos
minha vizinhança é ruidosa, tem muita comunicação gritada, impaciente, uns quebra pau frequentes, cachorrinho chorando, dá até dó de dormir e não aproveitar o silêncio natural da madrugada.
aí não gosto desses sobrinhos do meu tio sandro. povinho uo
putinha dos coroas
vou tirar disposição do cu pra ir p gira hj, mas vou
semana toda dando papo de tranquilidade e vagabundo se fazendo de maluco vou chutar o balde snrs !!!!!!!!!!!!!!!!
Foi noticiado que o hacker invadiu o celular de quase todo mundo em Brasília, incluindo o de ministros do STF, mas as únicas conversas vazadas, de forma limitada e manipulada, são as de agentes da Lava Jato. É preciso ser muito burro para não perceber o teatro criminoso.
@user sei nem qual é mais feio ???????
@user Dá pra fazer o corre de graça? DÁ. Mas é um trampo da porra pra conseguir chegar nisso... E daí eu real não sei nem se é o interesse dessa galera. kkkkk Esse recorte de ser pago e não poder entrar com bebida diz muito sobre quem vai colar.
eu chamo os cara d playboy os cara ainda ficam puto, sabem q é vdd
partiu toquio porra
parece meus tapas normais no treino
estou toda arrepiada de frio, dentro dessa loja faz um frio do crl pqp
rt @user pqp mano https://t.co/brgljws1dj
@user Nah, se um filho da puta cuspisse duas vezes na minha cara talvez eu metesse a porrada nele O que realmente é importante ver aqui é que poderia ter dado muito mais merda Aliás, qual foi a treta?
rt @user kakakakkaka eu sei essa porra do começo ao fim https://t.co/ecrszvricc
@user kkkkkkkkkkkkkkk pqp thiagao
mano o ar condicionado tá no 23 e tá super frio pqp
rt @user olha o preço do x-tudo + batata + guaravitta pqp 7 conto 7 contooooooooooooooo https://t.co/5uar2pwp0p
acabou porraaaaaaaa aqui é brasil porraaa partiu japão caralho #voleinaglobo
caralho mano eu sofrendo aqui com a seleção feminina de vôlei seloko #vaibrasil #rumoatoquio
im a gringo
@user @user mano que porra eh essa? que legal amor
a carla deu uma quebrada pra valetia que pqp 👏👏👏
e ele ainda perguntou se era eu mesmo, caralho
q garoto ridículo
porra esqueci de sacar o dinheiro 🥵
ontem tava frio pra caralho é eu tava com um copo de bira na mão coisa linda kkkk
aí mano só por trocar uma ideia de milhão e f1 alguém se pronuncia carai
rt @user to cansada de ser feia, queria nascer de novo
não saio de casa nem por um caralho
@user @user vc eh linda de qualquer jeito vai se foder
caralho tô muito alto akkakaks
@user porra, foda achar alguém com um PS vita em 2019 pra jogar HUEUHEUEH mas blz, vou ver se dou uma chance pelo menos, apesar de não estar acostumado com o gênero é bom pegar coisa nova de vez em quando
@user @user viado e rebaixado pra série c não tem vez aqui, irmão kkkkkkkkk
rt @user @user homi respira a gnt tá caralho qual seu problema fica na sua
@user elas acha isso nois acha isso ridículo kkkkk
@user que porra é essa caralho https://t.co/2blweb0r07
😂😂😂😂😂 eu tô cagando e andando pra números no tt e conta verificada. Kkkkkkkkk tá pagando um king Kong defendendo ela, sério. Para que tá feio! https://t.co/25j4GayZ6X
o pulo que eu dei aqui achando que era o anúncio tnc irmão
olha a preguiça do bicho!!!
frozen hoje tá puta
no meio da festa e dentro de você, iá iá, essa desgraçada sabe o que fazer, iá iá, só mais uma cerveja e eu chego em você, iá iá
rt @user corre que marvete ta puto com joker is coming https://t.co/ursov1vw3y
eu to urrando com os audios do lucas kkkkkkkkkkkkkkkk desgraçado
brasil vence dominicanas no tie-break, e vôlei feminino garante vaga em tóquio 2020 | vôlei | globoesporte https://t.co/6dpqkosqom
@user porra nem sei
Imaginem olhar para uma câmara e mandar recados em directo para o “pessoal do Twitter que gosta de mandar bocas”. Que escroto de pessoa https://t.co/u6GBYOvvwd
rt @user agora que eu fui ligar os fatos, porra
só esperando minha mãe chegar e comer o meu cu pq não escutei ela ontem e sai mesmo estando com a garganta ruim
procurando um filme pau mole no netflix pra combinar com esse tempo pau mole
@user meu deus do céu, tem gente que não tem senso do ridículo
@user Sim pq bozo soh começou a falar bosta depois de 1° de janeiro. Antes não pensava nem falava nada dessas merda. SEUS BANDO DE CARALHOS FILHO DA PUTA
caralho mano a terapia de hoje quase eu morro de tanto chorar. eu amo esses dias assim!
Muitos ñ dão valor a amizade , ao meu ponto de vista ,se acabou cada um pro seu lado e ponto . Um mês tá se declarando e no outro se alfinetando em rede social, lamentável!!
mas ontem eu vi isso e li os comentários pq tinham varias pessoas falando sobre e fui dormir MORRENDO de medo, ai de madrugada eu acordei do nada e levei um puta susto, sla eu pulei da cama como se alguém fosse me matar
se não foi felicidade pra caralho, foi aprendizado de sobra! 😉
rt @user socorro!! a pica desse cara é muito gostosa, me acabava 🤤🌚😈 📹 @user https://t.co/qwwe1xmouu
"tenho fobia social porque não gosto de conversar com os humanos. 😚😚😚😍😍😘😎" ah, vai tomar no cu.
nunca fiquei tão triste na vida, pqp, emocionada demaissssss, tenho que acostumar a esperar tudo !!!
Foi no sufoco mas o importante é que ganhamos! Lorenne jogou demais cara! Estamos em Tóquio 2020 caralho!!! Brasil x República Dominicana #VoleiNaGlobo
Meus anjos, eu não TROUXA não tá? Eu sempre vejo quem me segue e que não me segue, então não vem com essa de querer me seguir e depois dar unfollow, entendeu imundice? Pq isso não rola comigo
rt @user oh meu, mata-te, mais ridículo que tu não há, só queres atenção
@user bom dia flor do dia
@user melhor parceira da vida te amo bb carai
@user Pq mulher sofre tanto né, tinham que dar pelo menos 1 dia para esses cambada de fdps que se dizem homem, ficar na nossa pele, para eles começarem a dar valor...
@user kkkkkkkkkkkkkkkkk pqp viu
isso é bom para caralho e &gt;não&lt; sabe a pasta de dentes ok
minha base é foda ainda é debochada kkkkkk 🔴⚫🔴⚫
@user eles são de uma cara de pau absurda! soltam bandidos,marginalizam os xerifes e ainda querem falar do bolsonaro.
toma no cu meu filho já eh 2019 para c esse porra
puta q pariu cólica do caralho
@user eu quando vc fala do seu amigo lixo q vc insiste manter amizade
boaaaaa carai
kkkkkkkkk desgraçada
@user O que é imprensa de verdade? Globo Lixo? Estadão,Folha,Veja? No café da manhã com os jornalistazinhos já da pra ver o baixo nivel
agr meta é pau na xerecaaaa raspadinha , carecaaa
fico andando no sol pra resolver as coisas pra rosa p ela ainda reclamar, folgada p porra
@user porra, uma dessa eu viro, pai 🤤🤤🤤🤤🤤😋😋😋😋
kkkkkkkkkkkkkkkkkkkkkkkkk q porra esse arturo mano, ah não kkkkkk
aposto que se sua esposa bater uma agora para vc não vai ter metade da porra que ela merece lamber, nessa sexta feira ela merece... https://t.co/8zr0iLPuqS https://t.co/IhkyPx5Qdm
@user @user Porra vc pede pra acabar com a discussão e provoca e são 3 mimizentas e lavradores contra 1... Aí é foda !!! Mas estou aqui... Vc par de estar gostando .. então vamos lá...
EU NÃO QUERO DRAMA NO MEU MANGA SUPER FOFO!! WTF SE A NANOHA NÃO ACABAR COM ESSA VACA NO PRÓXIMO CAPÍTULO EU VOU FICAR MUITO PUTA!!! HAUAHAUHAUAHAU https://t.co/mXYGE61FMN
caralho, eu sou um poço de vacilo
eu tô tão estressada puta q pariu
@user alaaaa q filha da puta
@user ahh viado, me poupe é mto pipipipopopo da sua parte. kkkkk
rt @user 140. briga com o dh eh assim cala boca vai tomar no cu https://t.co/vefnge9f5u
pra ajuda tô com uma puta dor de garganta aff
@user feia onde porra
eu fiquei arrasado, bicho. muito cara de pau. ****** = aberração
rt @user 100% eu lidando com meus problemas https://t.co/973qmqcwqi
poderia acordar puto pq o vizinho tá c som alto, mas acordei fui na janela e mandei ele aumentar pq era dilsinho q tava tocando
ae caralhooooooooo tóquio porra
rt @user ficou pegado branquelo fdp! https://t.co/xyjturrihl
garota vc eh tudo pra mim tem noção disso??????? pqp eh a mulher mais linda desse mundo, sem condições 😡😡😡😡😡
@user tem que mandar pra cadeia esse tal de deltan e um certo vagabundo chamado sérgio moro!
@user @user lixo https://t.co/mwqblomlab
pqp que menina irritante zé
tive a entrada mais épica nos carrinhos de choc ontem
da série: mulheres lindas da porra
rt @user atenção atenção só queria mostrar minhas figurinhas no pau do taehyung obrigada pela atenção 🤪 @user https://t.co/…
cheguei no hospital malzona me encheram de remédio + 10 gotas de rivotril, eu to igual uma mongolóide
mano eu sempre paguei pau pra digimon 3 por trazer o beelzemon, um dos caras que tão na criação da serie participou de Hellsing e Lain https://t.co/LI6pxrnokg
a pessoa tem que ser muito retardada e desocupada pra passar o dia na internet discutindo e ameaçando de processar os outros, viu!?
mãe de 3 ficou fortemente puta com a minha irresponsabilidade de dx tudo para a última hr 😅🖒 adeus sabadar
tnc que ódio
minha mãe é simplesmente ridícula para me motivar para algo, ela apenas me desmotiva, não vejo a hora de ir morar com meu pai
@user meu pau no teu curso kkkkk trolada
rt @user seja uma piranha estudada
Pegaram um ladrão e quebraram as pernas dele e a minha família tá feliz por isso Eu tô me sentindo tão mal Caralho vocês acham que violência realmente se resolve com violência?????
rt @user caralho, mãe tá sempre certa quando diz que tal amiga é falsa e n presta
eu sonhei com tanto macho escroto hj q acordei exalando cesio-137
@user kkkkkkkk caralho ainda estão falando desse jogo? pqp
isto é um lomotif de vdd, o resto é resto
@user eba minha piranha voltou
dps o vale alimentação não dura e n sei pq
bom tarde , que tesão da porra estou hj louco pra fuder um 😈 https://t.co/lfwffyn4wk
E até te vou contar mais... fora as conversazinhas normais ah, tinha fotos da piça dele com tesão ah, a dizer mostra me a tua xaroca, quero comer a tua xaroca, ganha vergonha nessa puta dessa cara e faz te um homem porco do crlh 😂😂😂
Estou acompanhando One Piece junto com vocês no Mãe do Luffy, estou na abstinência por um episódio novo. — Calma, semana que vem a gente (deve) gravar, era pra ter rolado quinta mas o Ricci é um puto enrolado https://t.co/BbM0EOur3s
pqp é a interacao do seculo eu ti passandi mal pqp perfeito entendam perfietossssss
@user dedé joga demais, pqp
rt @user me arrumando pra sair mt feia na foto da placa uuu
Eu queria ter visto tanta gente, saído tanto, pqp eu não sei o que aconteceu que eu pisquei e as férias acabaram, pois então faço desse tweet minhas palavras https://t.co/p505BKeKRO
ainda por cima é uma tremenda gata pra piorar minha situação. se fosse mulher feia tava tudo certo mulher bonita mexe com meu coração ❤️
será que eu consigo virar modelo sendo feia e tendo 1,58?
nunca vi pessoa pra se foder mais com amizade que eu, puta merda, gente falsa da porra.
tipo vcs são burgueses tiveram mil privilégios por cor e herança familiar, tipo vão se fude meritocracia o caralho
esqueci de escrever a carta, fiquei de escrever essa butica hoje cedo puta que pariu viu
que boneco de doente mongol retardado velho https://t.co/0lrtjt66oo
Temos que defender quem nos defendeu com tanto garbo e honra. Não podemos tolerar esse tipo de insinuação contra os nosso heróis. Quando chamaram Sérgio Moro de chefe de quadrilha ninguém defendeu. Quando Bolsonaro disse que sabia como o pai dele tinha sumido, aí o mundo caiu. https://t.co/H6rnrjGXvK
nao sei oq ele disse da balada e das minas p mim, eu falei assim "eu sou uma mina sou melhor que vc e vc vai me respeitar, agora abaixa a sua mão pra falar comigo, vc vai falar comigo assim com a mão abaixada ok?" kkkkk ele ficou pianinho pqp o auge
@user @user sim kkkkkkkk idiota
mano, eu amo sair com quem n tem frescura, n fica de cara feia, e super fecha cmg, a karen e a bia são dessas
minha tia contando as história da vida d q ela ficou c uma menina dps c a irma dela e c uma q quis namorar c ela e ela n quis e dai ela foi e namorou c uma das irmas q ela tinha ficado e por isso a outra ficou puta c ela meu deus eu ri tantooojjkkkkkkkkkkkkkkkkkkkkk
@user Vai ficar feio mesmo quando a Reforma da Previdência passar de vez. Aí, o resto da "direita na economia" vai-se aliar de vez com a centro-esquerda para derrubar o Governo.
rt @user jane gloriana vilanueva deixe de gracinha n faz isso sua desgraçada
@user @user porra estagiário, porque o zeca???????
caralho meu coração se despedaçou
booooaaa porra!!!! menos um cão pra atentar
@user @user a retardada é voce
#stfsoldadovermelho , cara de pau desse imoral, canalha e defensor de bandido.
ariele me chamou de piranha e meu pai do meu lado kkkkkkkkkkkkkkkkkkk
ah, confesso que hoje eu senti saudade de você mas se pá era só vontade de foder, po
@user @user hahahahahahah pqp
@user @user cadela vagabunda dps apaga isso agora
@user nao quero sabe quero assistir agora porra
todo o dia lembrando que eu sou só mais um reservatório de porra
carai q sono
carai to acabado mds
vi umas fotos horríveis agr eu to chorando, o ser humano é um lixo 😭😭😭😭😭😭
@user nossa amiga euzinha na nyl e eles fazem promo ainda os maldito
@user enfia a participação no cu
SEGUIMOREEEEES!! Hoje, eu queria apresentar, para vocês, com X-CLUSIVIDADE, como eu mantenho esse meu corpitcho, sem perder minha onipresença nas redesh! Já segue meu canal? NÃO? Então, deixe de ser piriguete pirangueirx de follow e #femcomigo descobrir como ser *SMART*fit. https://t.co/sJp87aQz05
falta de buceta
que comportamento ridículo mano na moral
rt @user porra sdd ta matando
@user que cara perturbado, ridiculo.
será q um dia eu vou poder tweetar isso meu pai
da pra compra um xs mac com o valor disso pqp
meu deus, q homem
nos vemos em tóquio filhos da puta
ta to gostando de b99 que porra é essa.
rt @user cacete mano, quando q vou ter alguem em
sou herói profissional herói profissional minha individualidade é fazer tu querer meu pau
que issoooooooo 🤩
rt @user - você é muito idiota - que mentira - então olha pra mim https://t.co/p7vymij5mb
eu vou morrer 😭
e se a gente para de se ver vai que a tentação para de ser penso tipo pô vai se fuder cê fala demais, mas tão pouco faz tanto faz..
só consigo lembrar da minha festa ano passado mané... vai toma no cu que festa foda e eu não acreditava que iria ficar daquele jeito... eu tenho os melhores crias do mundo! ❤️ https://t.co/pYTwVaVRZ1
@user coisa feia, afk vou reportar
rt @user toda vez que a nicole diz que eh feia uma fada morre de leptospirose
cacete ela é perfeita eu preciso de uma foto dela com esse look #mpn #nowunited https://t.co/rvybieeodx
queria q minha casa em volta tivesse um puta quintalzao 😟
NÃO É MACHISMO Fale o que quiser o que é é Verme ou sangue bom, tanto faz pra mulher Não importa de onde vem nem pra que Se oque ela quer mesmo é sensação de poder 🎧
uma coisa que eu não entendo gente feia privando o instagram kkkkkklmmkkkkkkkkjjk
@user nao eh mais 2012 bucetaaaa ela evoluiu porra https://t.co/aba4hpc94f
também eu amo as tuas testas! 😂❤️❤️
tenham paciência caralho. você não sabe o que a outra pessoa está passando, então seja no mínimo, gentil.
A gnt defende tanto os indigenas, mas alem do presidente ser retardado quem mora no Norte nao ta nem ai pra eles e nem pra natureza sendo destruida.. Nao acreditei quando vi, triste realidade
@user Que DITADURA miserável ,só fala em multar em punir maldita herança do PT, onde o único objetivo era tirar toda liberdade do povo.Os senadores parece continuar na mesma, ainda não entenderam as vozes das urnas. Ainda bem que o nosso MITO, BOLSONARO aos poucos vai nos libertando
era exatamente o que eu ia falar sobre esse jogo
tenso pra caralho, e a prova é só amanhã🙁
@user porra, até eu
desde segunda feira isso , tnc mesmo
blz quer me foder eh porra
o dia em q eu e queen b viramos amigas intimas
@user @user @user De repente um defensorzinho acefalo da propriedade privada está justificando invasões de uma reunião. Legal!
@user puta merda. q povo escroto.
kkkkkkkkk carai cusao
rt @user ah véi, seilá é automático eu olhar pro homem e imaginar o tamanho do pau
@user linda p caralho mesmoooooo
@user que é um canalha dos infernos.
como eu faço pra chupar seu pau? — ??¿¿¿ https://t.co/ses3o1czjl
caralho mermao eu sou muito feia da pra entender pq a * nunca vai me notar https://t.co/crcsmzmrc8
feia, feiona td vida
do nada tava no happy do trampo, do nada fui parar na casa da kal, do nada, eu tava no riquelme hahahahaha pqp
elogie sua mina como a vagabunda desgraçada q ela eh https://t.co/qwb3zq69su
caralho hahahha
rt @user @user parece com quem essas falas, visao, igualzin quem ? kkkkkv😂😂😂😂 https://t.co/hhridetxdo
rt @user imagina ela num show no br tentando falar palavrinhas em português????? pqp vai ser o dia mais feliz da minha vida http…
@user só faltou jogar flores, pqp.
já mais hoje eu to nela 😞
se fudeu babaca
caralho, meu celular quebrou dnv e o de thayná rachou mais ainda a tela kkkk só prejuízo mane
@user chato pra caralho...
@user este animal retardado tem que ser punido
eu: felipe chega no menino mas manda o papo discretamente ta felipe: relaxa amiga felipe pro menino: ei filha da puta tem uma amiga minha querendo te dar come ela
sim os compromissos desse corno desgraçado eram observar ela dormir e ser um stalker do caralho meu deu mó agonia essa porra
que série boa pqp merdaaaaaaa
comam lixo e bebam álcool crianças oq mata é o amor
todo mundo engorda menos eu, to ficando depressiva com essa porra
@user @user @user vai te fuder
rt @user se é comigo já viro dando um soco, do jeito que sou chata pra caralho kkkkkkk https://t.co/jcioxvkpxn
@user cacete,tu é muito linda aa
viado, eu to em dúvida d++++ se colo em catas altas hoje
rt @user 50% da minha conversa com o matheus eh aleatoriedades e 50% é falando o quanto ele eh lixo
pai comprou bud e pqp q coisa boa
ela flw que sofre de ansiedade, me ofereci pra ser tarja preta pra ela, gente eu sou mt romantico se fuder
gente o ser humano é sem condições mesmo puta merda
cara esse video é mt escroto mas eu rio tanto com ele kkkkkkk n sei explicar
rt @user puta merdaaa boa demaisss #voleinaglobo
rt @user fandom stay ta uma porra ultimamente tudo vira motivo pra treta pelo amor de deus
rt @user eu não gosto de chuva e quem gosta tem que se fuder 😒
que povo fiscal de bissexualidade chato do caralho
pq eu acho graça disso mano fhdhdhd não dá
@user @user @user @user @user que saudade da porra
eu tenho mais que tomar no cu mesmo, otaria do caralho
quando a vontade bater vou chamar p fuder
@user eu nao to brincando, se vc n me resp vou aparecer ai na sua porta e te enche de porrada maria eduarda fdp
gente, vocês me desculpem por ser sulista tá
@user parece que tinha que ser regra "não ler comentários de qualquer coisa que seja" maioria comentário fudido
caraaaa, eu não tô acreditando!! essa guria passa dos limites mesmo. tá feio querida hahahhahahaha vsffff
puta merda falta um
rt @user @user saudade bixa
acho que branco escroto tem mais que tomar no cu msm, mas nunca vou vibrar com violência assim não.
+1 dia puta c minha madrasta
da um tempo de fanfic ai minha filha acorda pra vida porra
eu tô tão destruído de feio que nem dá vontade de sair de casa pro povo n vê minha cara
rt @user q tempinho gostoso p não fzr porra nenhuma
@user kkkkkk né porra essa mulher é de outro mundo na boa
estudar a história do brasil é mt brabo vsf quem fala q é chato
se continuar essas merda ai ó dou block em todos seilá cade aquele meme so queria um pouco de paz nesse caralho
carai q sexta foi essa pcr kkkkkkkkkkk viradao
fila pra pegar comida, fila pra pagar a comida.. pqp, só quero almoçar.
caralho q linda mano
@user Se for pra resgatar animais feridos e depois levá-los de volta à natureza ok mas agora colocar eles em espaços minúsculos, sozinhos, tendo q entreter pessoas, isso é ridículo
eu só faço merda mds pq eu sou tão retardado cara não consigo ficar sem fazer merda vsf vida
@user acho mto feio vc fingindo ser hetero na internet
Time paulista acusa calote em empréstimo de atleta, vai à Justiça e tenta penhorar cotas de TV do Botafogo https://t.co/75CTIYFskJ https://t.co/mwdPIDKZPd
nossa vontade de dar uma bicuda nesse menino pqp
@user @user caralho mano nao seu eu o responsável foi mal
@user @user porra bahia, q foda 👏👏👏👏👏
será que vira ir pra paulista hoje?
sei lá mas isso me lembrou crepúsculo????????? qndo rola o tchan com a filha e o jacob
homem é a coisa mais engraçada e sem noção do mundo kkkkkkkkkkkk anão mereço
@user pau no cu dessa porra. vc vai demonstrar quando se sentir segura, gente chata do caralho
rt @user eu to muito triste porra vcs sao perfeitos https://t.co/lmmq9g6dqp
tudo isso pra quebra a porra dum ovo?
o bolso depois da facada
peguei uma muda de flor e trouxe pra casa, mãe plantou ela bonitinha.... minha cachorra deitou em cima e matou a flor
@user E eu estou puta porque paguei 600 reais na inteira, vou pra sp assistir la pq nao consegui comprar pro rj. Agora anunciou esse do parque olímpico e gastei demais e morrendo de medo dos jonas anunciarem 😡🤪😡🤪
fiquei uma hr com a puta to telefone.. aja assunto.. kkkkkkk
tô vendo a hora eu tacar fogo nessas burguesa do caralho
eu fico q nem uma filha da puta, me preocupando mando mensagem eos caralho, a pessoa entra online mais nn tem capacidade de me responder mas tá suave, tbm não me preocupo mais por mais q seja importante eu vou tacar o foda-se p todo, chega de priorizar o outros e me fuder sozinha
rt @user @user @user @user @user porra lara tem q abraçar os gatos
@user rainha demais pqp https://t.co/rtyqbofzhi
só tenho amiga gata pqp🤩
@user carai manu, comêkipode?!
caralho pedalar do santa até o vila isabel né brincadeira não , to morta
rt @user ai gente e a lexie quando descobriu que o mark tava saindo com a teddy tadinha da bichinha https://t.co/r5czvqc0lj
tio e meu bilhete unico q foi bloqueado falando q tava sem credito mas tinha nossa eu to puta
@user minha gata rouba minha cama, porra de companhia
cheguei, amanhã tem botafogo porra
quem me conhece sabe que eu tenho uma puta vontade de cortar assim ,só falta a coragem
Amo quando militam sobre um assunto e me chamam de retardada kkkkkk, milenoca sempre preocupada com as causas feministas e machistas das premiações coreanas, é realmente tocante!
o cara trabalha na gnt naqueles programas horríveis de moda
rt @user “acho ridículo” ???????????????? https://t.co/cilen9cfto
minha mãe demora a vida pra me responde pqp 🙄
@user GRENAL é a maior rivalidade do país, em seguida vem o "derby da capital paulista", contudo a rivalidade que mais cresceu na última década foi Santos x Palmeiras, sem dúvidas.
@user ri não, porra
@user que dor velho pqp
@user é o maior filha da puta do governo bolsonaro, ele é de longe o mais inteligente lá e tem conhecimento sobre a situação da Amazônia e a importância dela e mesmo assim ainda faz merda... Ele, diferente de muitos, tem noção plena do que está fazendo e msm assim faz
caralho machucaa
nossa que pai de boa se é meu pai levanta da mesa puto perguntando onde foi q eu aprendi
@user nem meme, da uma agonia do caralho
@user são uns fdp , todos
@user kkkkk tomar no cu em cara
@user não entendo a pagação de pau pro leite ninho
meu deus um frio da porra 🤦🏾‍♀️🤦🏾‍♀️🤦🏾‍♀️🤦🏾‍♀️
@user ngm fala nada porra viaja
caralho kkkkkkkk vdd , que fritacao irraaaaa
vontade de mandar todo mundo tomar no cu
sim filha da puta desgraçada do caralho só você tem cu sim seu namorado perdeu a única bunda existente no planeta terra muito triste ein vagabunda vai estudar retardada fodase
se eu quisesse foder alguem do passado, fazia sem do nem piedade, mano, meu drive do google é um campo minado, um mapa que mostra os passos da pessoa todinho, q odio kk
@user mano nem terminei de ver, toma no cu
frio na barriga desgraçado
galera o babyshark está a procura de uma babyfish pra brincar de borbulhas de amor, a fila está aberta
agora to indo me mudar 🤩 pqp que preguiça
caralhoo caralho eu preciso ir
odeio ser apegada nas coisas, por mais q eu queria muito esse i30 pretinho eu não sei ficar sem o jetta🥺
@user pra aumentar o ego pros "amiguinhos" são um bando de idiota
crlh acorda porra
rt @user porra queria que aq fosse assim um x-tudo, batata, guaravita por 7 reais, gente 7 reais https://t.co/1dp3jk7dnz
que chuvinha chata, pqp
caralho hahahaha
pqp sim já acordei espirrando feito uma condenada
@user tá dando q vai chover, e pra caralho
@user vc só manda figurinha chata, que me irrita, óbvio que eu vou ficar putinha kkkkkk eu ein
@user vsf nayane
pqp e essa hora que não passa rapeizes
rt @user feliz 0.2 cabeção hahaha 💗 ps.: a cara é feia mas o coração e bom pessoal 😂 https://t.co/oaerp1fpuy
hahaha ele eh do sp, por isso eh gay hahahahahaha andou que nem uma bixona hahaha grande dia 👍
cara vai se foder eu vou quebrar o meu telefone todinho na parede n quero q sobre um pedacinho p contar história 😡
anderson martins indo pro fluminense, meu coração não vai aguentar ver isso, tnc
quero que meu chefe vá pra puta que pariu oxi
Acabei de receber por sedex uma amostra do perfume sauvage da dior e olha a propaganda fez efeito viu pqp que perfume bom do caralho Obrigado Beauty Box pelos mimos
Comédia é rever postagens minions acusando a gente de mimi quando Marco Antônio Villa, Mirian Leitão, Reinaldo Azevedo, Veja, Globo desciam o cacete na imagem de Lula e Dilma. Era só isso mesmo que eu queria dizer.
ih caralho, eu n fumo maconha não kkkkkkkkkk
rt @user @user pqp vitao é minha religião
dnv essa porra mermao
@user vai se ferrar af desgraçada de perfeita te amo gostosa da minha vida
Bolsonaro o "mito"?, 😝🤣 Tirou de dentro da sua cabeça oca , que crianças e adolescentes não precisam estudar, somente trabalhar . Daqui a alguns anos teremos uma legião de analfabetos idosos ... Gente estúpida é mais fácil manipular .
mano brasil caralho tava ganhando de 2 set a 0 e deixar empatar
alguém avisa os filhos de militares que ninguém tá nem aí se eles não têm laços pelos lugares onde moraram, esse texto só mostra sua “”realidade”” q pouquíssimos tem e jogam na cara. NINGUÉM SE IMPORTA COM SUAS AMIZADES texto egoísta do caralho mas nada novo sob o sol. https://t.co/bdGe2sBgye
caralho, que vida insuportável.
na moral, eu não tô bem, q porra tá acontecendo com a minha saúde aaaa
rt @user o que o joão wellington faz com o pessoal vale do aço é de cair o cu da bunda, chama nos de otário, cospe na nossa cara…
@user todo petista é um babaca!... não há exceções!
a lá o palhaço que dopa animais pra fazer filmagem, digo e repito: brasil indo na contra mão ! https://t.co/9ii878zpq7
@user eu tb não tô com febre, mas o sistema respiratório todo fudido
@user 🤣🤣🤣🤣🤣🤣 que preguiça desses homens avisa pra eles que tá feio e por favor me economiza..
olha essas porra que meus amigos fazem https://t.co/mmkswszvjf
quando eu for pra ai e vc me deixar perdida vo te bater em
porra tmlc !! os brabos !!
@user mosso elas cagaram o pau dms nesse set
odeio quando as pessoas furam comigo... mais de um mês esperando essa porra e até agora nada 😒😠
@user bro ficou mo bonito pqp tá mt lindo msm
rt @user @user ahaam na maior cara de pau, gozar com o pau de outro é sempre muito bomm, fim! #pas 🕊️🏳️ kkkkkkkkkkkkkk
@user eu vou rever essa porra toda de novo puta que saudade
cara fico de bobeira com a piná 😱 cada coisa que ela me conta pqp😅🤣🤣🤣
ô compesa fdp
Passarinho verme-lho-és livre interpretação fica me censurando a todo minuto, tem gente mais cara de pau que estes esquerdopatas não querem ser perturbados tem gente George soros pagando pras mídias sociais fazerem frente a direita!! Se ele não for sócio delas!!!!
@user pse grt, ridículo
@user @user Ele não apoiava o Abel, apenas defendia a permanência do Abel? Mas, que porra vc quis dizer? Você não entende q defender a permanência do Abel, seja qual for a justificativa, é defender o próprio Abel? Vc já se esqueceu do que o Abel fez no comando? É cego? Surdo?
peço perdão por ter chegado tarde mas vcs n sabem o quanto eu amo e torço pra essa filha da puta!!! te amo ❤️❤️❤️
Giovana: Não posso fala nada pq eu tb queria um namoradinho Giovana: Mas eu tb não aceitaria menos do que ser tratada como uma deusa Giovana: Porém como q alguém vai me tratar como uma deusa se eu sou um lixo
@user @user porra sim
@user me chamou de corna cancela eu sendo boiola no tweet
tá achando ruim n vem fila da puta q povo insuportável série b do caralho
@user po, quase nunca me cobram kkkkkkk fdp msm
vsf vo silenciar essa praga kkkkk
só sei que beijei mulher e homem, coisa feia🤦🏾‍♀️
chuva fdp mané grr
@user jogação de cabelo fdp 🤣🤣🤣
rt @user sou fã desse gordinho, tnc bala nos polícia https://t.co/c3jqtsbpj5
rt @user o clique as vzs é bem sem noção sabe não conhecem privacidade não caralho
frio filho da puta eu quero um vinho
e @user igual aquele🥵
esses chupões não somem nem com 3 quilos de base tomar no cu
julia tóxica do caralho fica bêbada e quer ficar com todo mundo 😮😮😥😥😎🤭
tamo em tokyo brasil caralho!!!!!! olimpíadas suas lindas, podem chorar, tão merecendo aaa #voleinosporttv
e também quase infartei com com o masculino! puta que pariu! eu amo @user !
já são 13:30 e não sai de dentro de casa hj pqp
rt @user deixar de ver uma pessoa por se achar mt feia p momento... sim eu faço isso
na moral, nada como um latino com cara de quem vai acabar a minha vida pqp desgraçados
@user porra mto tempo que não fazia isso
essa hora da manhã caralho
rt @user pior coisa de fazer aniversário em agosto é essa porra desse frio, não da nem pra pegar uma área de lazer porque tá esse frio…
@user Eu acredito que o ápice dele foi a ruína, o que ele fez em uma temporada não conseguiu repetir por que o jogo não funcionava mais para ele. O dybala não conseguiu se encontrar como engrenagem do motor, ele precisava ser o motor..e com CR7 em um lado e no outro Messi, é dificil..
@user donald glover, um homão desse ❤️ https://t.co/vhb0gc4lf1
ok eu vi agr o q foi e a burrice dessa empresa n me choca mais nem um pouco
rt @user eu depois de pedir bandito tour no post dos meninos sabendo que eles provavelmente já silenciaram as palavras https://t…
@user @user olhe isso kkkkkk
flamengo não vai passar nem do inter e acha que vai pra final hahaha
@user achei que o lula tinha acabado com a fome do brasil 🤔
única coisa que vai me fazer sair de casa e da frente da tv esse findi é o ensaio #soumaisjuvenart
@user vc pensa demais
estou mt dona de casa essa semana
eu nao consigo manter um assunto por muito tempo em uma conversa sem me distrair ou esquecer o que eu tava falando
@user @user @user ué? e investigar ou não alguém tem q ter o coaf no meio? vc sabe q não!
@user Acabei de ver os 2 últimos pois n tinha visto. A novela é leve, divertida. Estou ansiosa p ver o desenrolar dessa descoberta e da relação dela com Fagundes. Vamos saborear!
@user de nada amore. bem vindo ao meu perfil.
se ela é gorda, eu já tô ocupando 70% de espaço no planeta
Começa sua sexta no pique do pod do amigo pq tá foda alooooo @user Amasso mlk 📢💣💥 Ouça == PODCAST 002 DJ ST DO CHP - PART. MC PEDRIN DO ENGENHA E MC RB @user de DJ KG DO CHP E DJ ST DO CHP 👽 no #SoundCloud https://t.co/hqvnSx1rKM
saudades do beijo que a gente ja deu — só chamar na dm https://t.co/hyigtz3ogo
rt @user mt caro, prefiro chupar outra coisa https://t.co/bknp9cgocz
passando pra avisar aqui que a gente só tem 18 meses pra reverter tudo isso, depois disso o planeta não será mais habitável. A terra pede ajuda!😭🌎 https://t.co/BdKVJcr21v
@user Aposto que foi a melhor coisa pra ele, olha isso uma mina achando que corpo de merda vai render relacionamento. A unica coisa que você vai conseguir e um MLK que gosta do seu corpo é nada mais, DEIXA DE SER IMBECIL ...
rt @user lançamento fml, quem puder da aquela moral tmj 👊🏼 https://t.co/9dxmqklwhs
rt @user @user seguindo todos q curtiram! @user #stfvergonhanacional
galhudos kkkkkkkkkkkkk perdi qnd ele falou isso
rt @user [🐝] plantas que você pode plantar na sua casa e que contribuem para a salvação das abelhas, a thread;
@user n mano deixa ele ficar grandinho dnv
@user 4° estavamos em uma ranked e o pinto disse que ele tava de wall
@user @user Bingo.! Eh certeza que sim. Teve um ai q disse claramente. Pare! Temos q filtrar. Maximo um print e comentar do lado de ca. Paz e bem. ☮️
o seu dia mais feliz vai ser o mesmo que o meu...
alguém me chama pra jogar handebol fazendo favor
peso 60kg e não tenho um corpo desse
@user muita manhã,fala kkkkkkk sabe das coisas
@user amiga é o seokjin então = perfeito
@user #STFVergonhaNacional @user é... estou a meses falando de DITADURA da TOGA! Não vou me surpreender, se o STF, decidir "CAÇAR e/ou PRENDER" todos aqueles que ousar fica contra as vossas decisões SUPREMAS. Realmente estou preocupado! #NasRuasContraSTF
@user @user mas, somente eu o dono supremo da leões da fabulosa apresentei a famosa foto....kkkkk
eu: colorir é uma fanfic tão linda, mostra o mundo com outros olhos, tem personagens tão intensos, é tão bela eu lendo colorir: https://t.co/3mvLz9vAvd
@user hahahahah jornalixo inventativo preocupado com conta no twitter, devia se preocupar em fugir jajá a pf bate na tua porta hahaha
Brindes personalizados Casa da Homenagem. Traga sua ideia, nós temos a solução...🙌 . Solicite seu orçamento contato@user ou pelo WhatsApp: 99644-9040. #kids #infantil #uberlandia #brindes #trofeus #presentes # #personalisado #casadahomenagem #sale # https://t.co/NajV0HGD3n
o estagiário do trf veio com camisa de futebol e eu não tô sabendo lidar com o grau de foda-se que esse mlq tá dando hahahahahahhahahahahah
alguém por favor me explica, por que diabos tudo que é saudável não é gostoso???? inferno
nova geração, hillsong e the send! muita coisa pro meu coração ❤️
@user @user quer o mundo? já é seu!! https://t.co/8ibeujbnq7
@user @user @user @user tem muito programa maneiro,coisa que eu nem sabia que existia e muita gente não sabe também pq não é passado,só que o atendimento meu irmão e é isso que os prof falam que atendimento é 100% porém sabemos que não é
rt @user quando até sabonete te manda indireta e teu crush nada https://t.co/q4baspd5uq
rt @user eu e quem n precisa ser namorado só queria uma companhia p fzer vídeo assim msm https://t.co/mktycwvsru
a olivia eh perfeita, dá vontade de colar uma foto dela na minha testa
legal daniel alves veio blz, mas não se esqueçam também que final do mandato do leco tá aí em.
@user inclusive é o que adoro ouvir dirigindo 🤣
@user @user ainda por aí ? putz, volta para a hibernação quadri anual ! assim, não nos causa vergonha e outros custos.
@user o carluxo está muito criativo com essa novela kkkkk vai passar na record depois
rt @user noites traiçoeiras, se a cruz pesada for cristo estará contigo... https://t.co/szg1wycvkk
inveja é um bglh foda né, falar da própria torcida ngm quer, até pq n tem né kkkkk
kkkk todo dia leonardo esquecendo se tomou seus remédio e tomando de novo e passando mal eu ainda vo me mata algum dia
moh saudade de quando a minha maior preocupação era acordar cado pra assistir tv globinho 💔😔
@user @user Define/pesquisa o termo, môkota. Não usa a tua Internet só para ficar nas redes sociais. Investiga mesmo, o Wikipédia ainda é a maior biblioteca do mundo.
@user aproveita que você vai precisar!!
@user eu vou chorar...
@user @user não é mesmo?! #stfvergonhanacional #nasruascontrastf
@user eu subo os dois no tapa poxa obg mo
poxa, eu queria ganhar um boné. alguém me da um boné? :(((
arrumando meu quarto ao som de taylor swift e sofrendo pois tenho um milhao de coisas pra fazer
Salve Galera! Chega mais pois estou iniciando uma live agora de Paladins: Champions of the Realm na Mixer -&gt; https://t.co/syw4kYOEUb https://t.co/RrgKq8UjCC
@user se juntar ele e o chenle da pra comprar a big3 juntas
séria errado festejar pela morte dele??
@user @user vai ser perfeita (espero)
vcs superam as coisas rápido demais pt.2 https://t.co/l0gxpxnhwz
@user café o k7 eu bebo eh toddy fiao
@user nem me fale, essa porra veia
rt @user força https://t.co/pfjsttpd5a
rt @user vem comigo então https://t.co/yufnfksuz5
Mas tudo bem deixa estar o karma serve pra isso. Agora vou me arrumar pq sou sair pra curtir minha última sexta-feira off de absolutamente TUDO
eu estava vendo o preço de umas blusas do coringa e ele vem me dizer que eu só compro blusa da marvel https://t.co/ahpvi0in3n
rt @user pode tocar mais batuque meu bm 😘 aqui nós e blindada💋
queria chegar em vc mas po pode dar problema — oi? more, eu sou solteira... que problema daria? https://t.co/bypwloewwv
Hoje é dia de Grêmio Rock Club aqui na Rádio Hospício Tricolor. E o guichê de pedidos musicais já está abertoooooooo Faça o programa com a gente. Peça teu som aqui em baixo ⏬ e vem curtir hoje às 20hs. 📻 https://t.co/je0ZAobD0W #RadioHospicio #Gremio #Rock #GRCdoHospicio https://t.co/tgPPMmI2ta
@user fica para mais adiante. por enquanto, tanto faz. a equipe do pr é entrosada. não fará diferença nesses 8 anos. #foraonu #forapt
@user @user @user Faz um levantamento depois dos gols de gustagol e vê quantos foram de cabeça e quantos foram com os pés e compara com love! Não estou dizendo que isso gol é gol, mas com ele o time ainda perde no sentido de dinâmica de passe, pq termicamente nesse fundamento ele está abaixo
mano, isso é muito satisfatório
rt @user quem me quer favor avisa na dm p facilitar o foco https://t.co/5cepewying
Para Gilmar Mendes, citado em diálogos, a Vaza Jato não era apenas um grupo de investigação mas um projeto de poder que visava também a obtenção de vantagens pessoais.Sim, Gilmar.Basta lembrar q Moro e Dallagnol tentaram criar uma “fundação” para gerenciar mais de R$ 2,5 bilhões https://t.co/WeIBwMS1G1
O contingenciamento anunciado em maio nas universidades federais foi de cerca de R$ 2 bilhões: Houve protestos em 172 cidades O aumento projetado do fundo eleitoral será exatamente de R$ 2 bilhões Cadê a revolta de quem queria dinheiro para a educação? 🎯@user
@user corre que a polícia vem aí 04...the house fell...😂😂😂😂😂😂😂
rt @user que belo artigo do @user sobre as ameaças que liberais deveriam estar percebendo no brasil de hoje. https://t.…
Nos últimos treinos, Alberto Valentim manteve o goleiro Lucas Frigeri na formação titular da equipe - após a boa partida do goleiro contra a equipe do Santos apesar da derrota. Pra você torcedor avaiano, quem deve ser o titular no gol avaiano contra o Botafogo?
para quem fuma iqos, eles têm estes cinzeiros portáteis que se prendem no maço disponíveis no site https://t.co/NiTxrdLd7v https://t.co/WbtCRzdvML
ninguém tá preparado pra lidar com as pessoas, fato, mas a questão é aceitar que vcs não tão pronto, não custa vc estudar e aprender mas é um saco vcs fingirem as coisas
https://t.co/ARKzwlSdPL esse vídeo diz tudo sobre quem mora em lugar pobre e trabalha duro pra conquistar suas coisas, dá pra colocar esse vídeo em muitos contextos, o ser humano é assim @user
Finalmente pisará solo europeu para jogar num clube europeu. Antes da grande lesão que teve, era um dos avançados com melhor rendimento no futebol sul-americano. https://t.co/xbwbqFx19j
@user a lanterna do ranking da educação lhe manda lembranças. endireita brasil! 🇧🇷
rt @user senão ela cresce e vota em fascista achando que ta ajudando a fazer um país melhor https://t.co/0lekkudhyg
gente eu tô achando que não sai nada do ioi esse ano porque já deu tempo de acabar as promoções da chungha e nada sabe
@user @user infelizmente é bem provável. pq o atual prefeito não ajuda.
@user izii, que dê tudo certo!
rt @user sinceramente, as vezes eu pulo as partes de sexo de livros pq fica uma leitura tão chata, tipo detalhes demais podem m…
mesmo não se envolvendo em nada, apoiando muitas causas, sendo talentoso, um anjo, ainda sim jogam hate e insistem em dizer que é only corpo, pq querem ganhar likes citando o shawn https://t.co/gbva56c6lo
covardia e truculência sem precedentes...
meu algoritmo me odeia
amas eu vou criar outro twitter só pra desabafar sobre * *****
Com o futebol brasileiro visado, diante de inúmeras contratações de peso, se os treinadores brasileiros não se atualizarem, estudarem, vão perder mercado até no cenário nacional. Eles têm de evoluir!!!!
@user a receita não aumentou! o real é que desvalorizou demais e portanto na conversão parece que é muito mais dinheiro...
@user é, mario. colunista social do crime organizado é uma profissão de risco. ⏳⏳🤭🤭
@user @user p fica gelada
minha mae as 6h30 da manha falando p eu n ir p escola pq ia ta escuro em q lado do planeta vc ta linda❓❓❓❓❓❓
eu odeio chegar cedo nos lugares e ter que ficar esperando puta merda
eu meio q arrebentei o cabo e so vai rolar de comprar amanhã claro isso se o problema for o cabo de fato
@user esses fazem macaquinho... hehe! 😈
minha mãe tá na minha frente e me mandando wpp😂
rt @user aquele travesseiro da "nasa" deve ser bom mesmo para o marcos pontes conseguir dormir tranquilo de noite
@user @user chora petralhada
nunca mais contém comigo para nada
queria te tempo livre que nem certas pessoas desse site parece q n fazem nada da vida só assistir anime o dia inteiro
@user @user Exato. A oposição não percebe que não votamos em um PR que tinha um plano ilusório de governo, mas sim num plano de governo realista e eficaz, sustentado pelo povo. O plano deste atual governo pertence ao povo. Por isso se levantar contra esse governo é se levantar contra o povo.
Quando tudo estiver muito confuso dentro de você, saia de cena. Imagine-se observando sua vida de fora. Olhe para você, para aquilo que pensa e sente. Não julgue, apenas olhe e irradie amor e clareza. Esse é um dos passos para transcender a mente e toda ilusão que ela cria.
rt @user @user já que vc disse fotos né................... https://t.co/e5z2uzi1ji
fala sério, eu amo essa menina
rt @user que lindo no depender de naadie
comecei a dançar,minha mãe falou q era disso q eu gostava kkkkk chata dms
@user @user tá virando caso de polícia isso aí.
@user @user todo mundo contra mim, inferno 👺
@user o jeito que tu é o amor da minha vida é diferente
meu pai comprou remédio e chocolate p mim, to tão feliz
eu ja queria engordar um pouquinho
"A liberdade educa, a liberdade organiza, A autoridade sem liberdade é só uma forma de repressão " Credo Zé eu já achava o cara mt foda agora sou fã número 1 KAKAKAKAKA
@user bem consigo prestar atenção no que ela tá fazendo só tô tentando entender a roupa mesmo
quando vai fazer uma social? — se tudo der certo semana q vem https://t.co/0lb2fpshqg
@user Hahahahaha viajando pro Peru EU tive que abrir a mala por causa dos pacotes de polvilho, mas eles foram super gente fina e me deram ziplox pra fechar os pacotes (pq testaram tudo pra cocaína) achei chique quase ser presa por tráfico de polvilho azedo
@user Gosto dessa repercussão. Até sua estreia no SPFC os holofotes sairão um pouco Flamengo, que precisa de um pouco de paz para trabalhar.
devido aos amigo me enchendo se alguém quiser saber eu confirmo na dm
rt @user minha pele tá bem ruim ultimamente parece até minha vida
@user taligado família tamos aí pra ajudar e somar, so força meu mano 🙏
Isso pode? Não pode contrariar Satanás! #ForaBol卐onaro "Diretor do Inpe será exonerado após críticas de Bolsonaro a dados do desmatamento" https://t.co/UHqedX0d7R
39 segundos que eu nunca terei de volta
eu nao nasci pra desenhar serio olha que lixo esse meu trabakho de historia eu vou tirar 0 meu seus me ajida https://t.co/hsuxunivzy
As garotas aqui do escritório viram aquele tt do bolo de morango e decidiram comprar um parecido hj kkkk eu tenho o melhor trabalho do mundo! Obrigado Deus https://t.co/qYlMZwevCu
e eu lendo os bagulhos q as garotas do morning musume fizeram e rezando pra sayashi n ter feito nada ja q ela ta substituido a yuimetal
meu deus do céu eu não to acreditando @user muito obrigado pqp amem esse homem https://t.co/bpgwqckeqf
@user aff está ruim demais. tandara msm não tem entrosamento nenhum
@user @user https://t.co/8ilBPkOiHr através deste link você se cadastra e compartilha seu link e ganha dinheiro através de cliques em seu link e se inscreve e há também tarefas perguntando mais deixe o número de telefone é totalmente gratuito
@user não é todo mundo que pode fazer parte de todos os lados. mas se tiver que escolher só um, vá de PS, pelo menos lá da pra aproveitar 99% dessas "experiências incríveis".
@user finalmente.
@user cada diz mais conformada com minha reprovação
cacetada bicho sai atrasado e esqueci de por o relógio, cada vez mais perdendo a civilidade
@user @user eu achei que ce sabia mano
@user minha dm tá aberta pra vc mandar foto/vídeo dele sempre blz
Bolsonaristas xingam STF por pedir as gravações da Vaza Jato desconsiderando que logo será por possível compra-las por R$ 1,99 na Santa Ifigênia https://t.co/VLDm7i33T4
@user @user já ñ tem a porcaria da live?
Pq o ranger com o royal? Pq o Royal e a HP são irmãos no meu roleplay, e isso é errado, além de que mecanicamente não vale a pena casar 1 tank com 1 suporte. E o jogo não aceita casamento gay. Tá ai o material da fanfic todo baseado em mecânicas do jogo e é isso garotas.
Tornou-se evidente o caráter autoritário e fascista do atual governo. As comparações são inevitáveis. Mesmo que tardias. Veja matéria de Época. https://t.co/JrzUR3oaTy
rt @user eu não me seguro https://t.co/6nxjwtzpap
Sempre falei que esse campeonato é série B da Libertadores. Agora nem isso. Hoje escapou do rebaixamento já disputa esse torneio, que vergonha.
@user @user @user eu só coloquei o nome dela não tinha esses números.... não entendi pq
O mais interessante da jornada espiritual é perceber os chamados e o momento certo pra tudo Tem coisa que eu simplesmente não sinto o chamado e é muito bom ter essa percepção
não sei de que mundo os pais tiram que oferecem droga na rua na alta, tá tão difícil achar droga q eu queria tá no mundo deles
@user de vez em quando tiro a capinha do meu só pra sentir como é a pegada, parece ate um celular novo kkk
rt @user se um hacker denuncia uma rede de pedofilia, você prenderia o pedófilo ou iria investigar o hacker?
esperando mensagem do patrão mais ta difícil
@user em que ano a gente tá? devo ter perdido a época em que "retomamos a confiança na economia".
olha a ditadura como vem
@user agora krish... você imagine um tanque com água bem gelada... e um casaco de lã super grosso sendo lavado a mão... e depois esse casaco secando... num tempo desse... 15 dias consecutivos espero que tenha aprendido a lição
@user @user @user kkkkkkkkkkk parece até agt
não estou sabendo lidar com o fim desses filmes, com o último filme do Cameron, acompanhei desde 2015 e agora vai chegar ao fim... #Descendants3 https://t.co/WDnYVL7Dvi
Não achei na @user mas comprei pela minha conta US. Fica a dica! -- E aproveitando, a pauta de hoje na coluna na @user será biotecnologia!
@user a pf quando deflagra uma operação para prender hacker , legitima ainda mais as informações.
@user passa nada
@user @user @user @user infelizmente, não............
rt @user porra que linda, vcs deviam aprender a n se meter na vida dos outros https://t.co/ca2dqcp5dj
@user que pergunta 😂
ela tem cores, curvas, sabores, coisas que seduz 😏💥 https://t.co/dmxcftwfm6
rt @user dona de mim https://t.co/ohglvysjuz
HOJE TEM BUGRÃO! Família Bugrina, vamos juntos enfrentar o Bragantino. Venha para o Brinco. Avante, avante meu Bugre! ⚽ Guarani x Bragantino ⏰ 21h30 🗓 02/08 📍 Brinco de Ouro 📊 46 Jogos | 20 Vitórias | 13 Empates | 13 Derrotas 🎟 R$ 10 Cabeceira sul #GUAxBGT https://t.co/cQfOevxXSE
rt @user @user a fiesp é uma seita onde quem entra tem que sacrificar ao invés de um bode, um trabalhador
@user eu vejo umas fotos e fico com muita vonta de ir.
@user uma gata dessa
gente q video mais fofinhoooo
rt @user o maior sinal de carinho e respeito q pode se dar a alguém!!! https://t.co/fq1xywgngi
@user @user esperar as 17:00 pra poder começar ouvir kkkk
poxa, era uma série que tinha tudo pra dar certo, elenco, fãs, direção mas na hora de fazer ficou um negócio meio ????? https://t.co/w2IZpMUlhf
apaixonada com esse lugar
+ tentar se salvar botando o snape de herói foi péssimo. racista que nunca mudou de verdade, só ficou ressentido que o “amor” (entre aspas pq ele era mto tóxico com a lily) da vida dele morreu, mas mesmo assim continuou um professor terrível que abusava psicologicamente os alunos
so queria dizer q scorpia é um nenem e eu vou protege-la https://t.co/1ydwnv1xfh
melhor nem vender nada, tirar esses valores todo do valor que vou receber é melhor ficar com a mercadoria
@user fica bonito more? tenho medo de ficar muito artificial kkkk #mpn #luansantana #luanetes #luansantanashow
🚨 ALERTA DE SORTEIO 🚨 Quer ganhar uma camisa oficial do @user O vencedor do sorteio poderá escolher uma das duas camisas da atual temporada. ‼️ Para participar: - Siga @user e @user - Dê RT neste tweet; O sorteio será no dia 15/08. Boa sorte 🤞🏻🍀 https://t.co/MYSqNmJg1v
A Universidade Federal Rural do Semi-Árido (@user no Rio Grande do Norte, inaugurou mais quatro usinas solares e tem a maior potência instalada entre as universidades federais https://t.co/36ekIHkvwx
Musical “Brilha La Luna” leva canções do grupo Rouge para o teatro – Saiba como concorrer uma vaga no elenco! https://t.co/LtK6ZRZShq https://t.co/1nh4u1lAD5
Aguenta firme Não desiste O teu futuro vai brilhar Aguenta firme que esse filme No final Vai compensar A vida é mesmo assim Mas po-de con-fiar em miimmmm Você vai adorar se conhecer Aguenta firmeeee
@user foi eu kskskks
rt @user @user bota a calcinha no ombro pra ficar parecendo um lutador de luta grego-romana, por favor é meu fetiche
sonho d mulher
Boa tarde amigos 😀 Bora acelerar o Cometa ☄ Hoje o rolê é São Paulo x Campinas 👮‍♂️ Pela quinta vez, já tô me sentindo um campineiro 🤣 Bora lá então 😉 Com Deus no comando sempre 😇 — se sentindo feliz em Terminal Rodoviário Tietê https://t.co/hIt5vM6z0l
rt @user premiações coreanas só se tornaram irrelevantes a partir do momento que o bts começaram a levar todos os prêmios k https://t.…
@user eu amo limpar casa
rt @user só queria dizer.... #mtvhottest bruno mars
eu chamando todo mundo de miga e mo sem nunca ter visto antes
melhor coisa foi bebelle ter voltado com o cllr, estava com saudades das nossas conversas kkkkkk
@user @user Fez e não deu nem um pão com mortadela a ninguém. Chato isso. Mas foi vaiado, ouviu a galera gritando mito? Bem feito né!!!!
@user @user @user Vamos deixar o conforto das nossas casas e tomar uma atitude urgente pelo nosso país!! SUBINDO ESSA IDEIA COM TODA NOSSA FORÇA!!! 🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷🇧🇷 #NasRuasContraSTF #STFVergonhaNacional #ForaToffoli #SomosTodosMoro #DeltanNaPGR #GleenGreenwaldNaCadeia
vai chegar ao nosso dia.. prometo
só queria ir para casa dormir
A Thamyres me falou que a cena do estupro é bem mais detalhada no livro do que na série, se eu nem ví o ep do estupro imagina eu lendo. Vai ser horrível.
rt @user @user dilma foi com certeza por ele não ter entendido uma só linha...
📌 Parte 3 De novo, @user responde "jornalistas" q tentam polemizar contra o seu governo. #BolsonaroPresidenteDoaAQuemDoer https://t.co/hLQgQXPikT
@user @user continua assim que vamos ver ahah
Me reuni com o @user da @user o @user e equipe do @user para tratar de projetos prioritários do ministério, como o que vai levar tecnologia de água atmosférica para escolas do semiárido e o que leva internet banda larga para escolas rurais. https://t.co/T9ebei4jnk
@user vou colorir livros. sou uma criança de 29 anos kkkkkk
minhas crias veio tudo me ver hoje pq minha tia ligou falando q eu tava trsitinha af amo eles :(
@user você tem um ponto muito bom é um jeito massa de se pensar, realmente
eu fico tão envolvida com as coisas da enfermagem que acabo esquecendo da escola
@user menor eu dei mole, tirei um pouco sem querer ficou falhada aí tirei tudo logo
rt @user eu nem aos meus amigos fazia isto imagina a minha mãe wtf https://t.co/gwptuemjh4
@user recolha-se a sua insignificância seu nada!! https://t.co/hyzmlyn9ku
minha mae n vai levar kinha irma na psicologa n vai dar pra eu dormir
articulação pesada contra a verdade! repost de silviobucomaxilofacial https://t.co/vsa7wktzox
@user @user O problema dessa explicação é que operadoras pequenas normalmente não tem infra própria, são operadoras virtuais que alugam a rede das grandes. A Nextel fazia isso, por exemplo. Outra coisa é, que rastro é esse que o hacker deixou?
rt @user 99,9% dos cariocas nem sabem que esse lugar existe https://t.co/wc0u45fakc
próximo álbum da selena: música sobre a cirurgia, música sobre deus, música sobre conhecimento pessoal, música sobre o hate e a indústria, música sobre os problemas psicológicos, musica sobre ela estar cansada do nome dela ser associada ao do justin
rt @user “ vamo escrever por código pras meninas não descobrirem o que a gente tá falando hurrrr durrrr “
@user @user @user kkkkkkkkkkkkk grande contratação o santos fez
Harry durante uma conversa com o Nick Grimshaw [Entrevistador] para a BBC rádio em 2012. N: "Harry Styles está grávido, e o Louis Tomlinson é o pai. Você pode confirmar ou negar?" H: "Eu pensei que fosse verdade, e aparentemente não é." N: "Você fez o teste? H: "Sim." https://t.co/cEqO0VVLDn
e tá errado porra???
sou obcecado pela estetica neon e pela antiga esperança de que iriamos alcançar objetivos excepcionais fico me perguntando como foi que nossa aspiração de “daqui a 50 anos teremos colonias espaciais” dirigiu-se para “bicho, sera que a democracia estará de pé ano que vem”
@user eu odeio te amar reinaldo..
@user Parece q as pessoas querem muito um pontinho para colocarem os outros e a si. Será q é difícil encarar a inconstância de viver? Mas ao colocarem paredes se encarceram em "certezas" de vidro, prontas pra (nos) quebrar Se apegam a dicotomia, quando o belo é exatamente a inconclusão
cara eu nao tenho material nenhum pra voltar pro colégio
hoje eu acordei triste , mais acordei com a certeza q vc estar em um lugar melhor que eu , feliz aniversário maminha , seria seus 2.2
então assim eu respiro conto até 1000 e continuo todo dia tentando enfiar na minha cabeça que ok tá tudo bem vamo lá vc sai dessa porra
"DAQUI NÃO SAIU, DAQUI NINGUÉM ME TIRA" Grupo do Prefeito Juscelino, zomba da Justiça e descarta seu afastamento da Prefeitura - Portal do Negão https://t.co/eVqRwDTvfi
"O Rio de Janeiro, que sempre respirou Flamengo, precisava estar ofegante. (...) Domingo, após porrar um eterno freguês, um recado: “Vamos virar, Mengo!”. Não estávamos pedindo, e sim avisando." @user entende do riscado. Vale demais a leitura! https://t.co/eo9KUc3iLV
rt @user vergonhoso demais para uma só nação, o brasil grita por socorro #stfvergonhanacional https://t.co/r1gpxsbolc
@user amiga eu prefiro fingir que ele não existe pq aí bato no ego dele e deixo ele murcho kkkkkkkkkk
Marcos Pontes e Ricardo Salles afirmando que os dados do INPE sobre desmatamento foram usados de maneira incorreta. Como é bom ver dois ministros de Bolsonaro trabalhando em conjunto pelo bem do Brasil. https://t.co/eDUESSCScx
rt @user não tem como não sentir orgulho da mulher da minha vida! te amo rainha, você merece isso e muito mais! ❤️ https://t.co…
rt @user - está certo. a gente precisar dar uma resposta para terminar bem o campeonato. #gebota
@user @user kkkkkkkkk aqui é o twitter fdp burro. não tem como dissertar, postular, defender teses... fdp burro!!!!
temos q valorizar mesmo, dizer q ama, demonstrar, fazer até o impossível é viver o hoje como se fosse o último dia
ok vou tatuar a bunda linda do meu namorado
@user tlgd né meu mano
mente blindada, corpo lacrado cada rabisco é tipo uma passagem fé no pai segue sempre maciça não me julgue pelas tatuagens
procura-se anelina rosa em bagé para fazer merda no cabelo quem souber onde tem favor entrar em contato
ESTÁ ESGOTANDOOOOOOOOOOOOOOOO!!!!!!!!! É PRÉ-VENDA, iremos produzir 20 camisas para o início da Coleção e aos poucos vamos lançar mais e mais modelos pra vocês. Aos interessados chamar na DM. SÃO APENAS 20 CAMISAS, LIMITADÍSSIMO ! https://t.co/eX1IBYOvGV
o caso dos bebês trocados em goias kkkkk desculpa pqp
tá certo pois bolsominion não dá
@user quemmm me conta
lá no fundo, eu sinto que não mereço ser feliz.
gente alguém me segura? vou pedir um brownie de 12 reais e me arrepender
@user @user incrível o poder de alguns simples emojis 😬
@user hummm rolou um recalque aí ....
@user @user Eu falei pro Felipe sobre títulos, não dos jogadores, vai aprender a interpretar antes de vir pagar de pá nos tweets dos outros.
rt @user só quem passa por crises de ansiedade sabe a vontade de morrer q a gnt sente
@user @user se é de fora, logo não é cria
eu odeio admitir isso. mas essa “ no guidance” ficou do caralho
first q sim ponto eh isso e eh lixo mas oq tem a ve milita numa foto nada ve???
acordei com uma dor no rin pqp
ess* garot* hm kk tnc
ta bom kkk eu sou o robozão — ah vai tomar no seu cu https://t.co/yvprshv4wo
rt @user passei de manhã e ele ainda estava la kkkkkkk pqp https://t.co/ldm3tpprtb
rt @user @user eu = boiola por sope demais https://t.co/hkepvbvn5o
odeio q fica tirando uma c a minha cara, nas escondidas ainda, coisa de gnt idiota
toma ai desgraçado
@user @user vai tu chupa rola
Foto do Thauã c a namorada: A Eu::: [3/8 13:25] 🥵: Socorrroooooo [3/8 13:25] 🥵: Aaaaaaaa [3/8 13:25] 🥵: Ele é mto fofo [3/8 13:25] 🥵: e é lindo o jeito q um fala do outro [3/8 13:25] 🥵: Da vontade de pegar pelo cabelo e falar:CASA CARALHO
@user @user alguém do vale do paraíba indo???👀❤️
@user meu amor da minha vida eu te amo tanto que enfiaria dois litro de candida no cu por vc
@user para de falar merda desgraçado n me faça ir aí pra te bater
ATENÇÃO GALEROUS: feira de adoção de doguinhos e gatinhos (os gatinhos chegam já já) endereço: Al Campinas 940, pertinho da paulista ❤️ to aq esperando a ong trazer os gatinhos https://t.co/CG0DiQ8Npw
eu acho ridículo o dream ta junto com o mark e não tirar uma fotinha pra postar pau no meu cu 😭
rt @user logo ela quer falar q amizade dos outros é falsa kkkkkkkkkkkkkkkkkkk pqp tem q rir
ela descobriu ???? como pqp
a tartaruga está com algumas parte doendo😆😆 parabéns ministro @user
hoje tô igual aquele meme. puto e gordo
@user @user Se acha que os são os pé de chinelo que vão por si só? Não. Tem gente de grana que ainda explora os madeireiros, são os boi de piranha. Tem que tudo apanhar dos indígenas mesmo.
ah coe mano, trair a mulher com um viado??????????????????????? coe coe
@user perdi maquiagem é coisa de puta
joaquim sendo fdp
Aí meu homão da porra chega gritando “gata, gata, trouxe mimos” quando vou ver os mimo são mel raiz e cervas Caralho esse cabra é o amor da minha vida mermo
eu não vi graça alguma, falta de educação do caralho
@user que porra é essa @user ?
@user Dois problemas: 1- generalização, nem todo mundo é os clandestino da Amazônia e talz 2- galera vive de energia solar q acha q não usa pau pra nada q N pode derrubar mimimi E digo mais sobre esses protestos de sofá: vai piorar. 🙄
rt @user ainda que eu ande pelo vale dos filha da puta, não me tornarei um deles.
eu odeio política com todas as forças do mundo não tem como puta que pariu
https://t.co/weZUylP1nt Quer dizer que foi um observatório mineiro que detectou o asteróide que passou pertin pertin? E esses políticos de m dizendo que a ciência do Brasil é irrelevante. #ForaBozo
eu sou a grt mais idiota desse mundo
tandara vc eh foda caralho #voleinaglobo
aí cala boca caralho ninguém liga
paguei 30 reais em um brinquedo pro ben pro fdp não gostar
que bobagem branca é essa????
rt @user uai gente... elas não vão jogar milho nesse jogo ? no último tiverem que enfiar o sabugo no cu ne
eu fui direto ler o final pq sou mto fdp e kkkkerrrrr não mesmo!
@user mas e o pretinho?
rt @user estar solteiro é bom mas ter alguem ao teu lado que alinhe em tudo e esteja lá sempre é do caralho https://t.co/lsptv5olz6
.’ meu, eu tinha me esquecido do frio que essa cidade faz , pqp , não tenho roupa de frio não ..
meu deus caralho que bando de velho sem graça
@user credo, se for verdade mesmo ta feio demaaaais kkkkkk
rt @user ouço minha voz no áudio e fico meu deus serasi os outros escutam minha voz feia assim? https://t.co/qxwv40bts7
@user puta que pariu. como fazer diferença nesse mundo é simples e tá sempre do nosso lado.
eita porra kkkkkk calma fofa
a netflix tem que parar de insistir em 13rw pqp eu n aguento mais
sei la, eu nem tenho nada cntg e tu quer exigir que eu te responda assim que fico online vai tomar no seu cu
vai tomar no cu garena desgraçadaaaaaaa
ontem a quadrilha pediu um minuto de silêncio e a mesma fez um barulho da porra
@user sona lixo
kkkkkkkkk por isso eu não me acho, as vezes as mina se acha tanto, mas é muito feia 🤣🤣
rt @user q lixo de saúde mental
@user porra, nem fala vou aí f1
kkkkkk sou idiota de verdade mano, pq eu confio nas pessoas ?
ai vai toma no cu moro eu fico indignada quando nego ta na tpm ou seja lá o q for e vem de putaria pro meu lado falta derrubar sangue na minha boca por nada se fude ninguem tem culpa se a vaginilda ta sangrando
alguém avisa pra minha mãe que rotina é chato?? pqp todo dia a mesma coisa q saco só quero ficar na minha vey
dhajdhahdhhahdhahshashah que sentimento idiota, faz mó tempo que não fico assim
caralho, neuróticooooo!!!!! alguém me presenteia kkkk
rt @user @user enche o cu de maconha e fala merda kkkk
@user meu deus passada, a vagabunda e qm to achando q é?
a avó do @user
no meio da festa e dentro de você, iá iá, essa desgraçada sabe o que fazer, iá iá, só mais uma cerveja e eu chego em você, iá iá
rt @user isso sim é uma puta meta!! https://t.co/ucru6vjrgw
rt @user fico puto da vida kkkk https://t.co/b3trnagv8h
não aguento mais o papai reclamando de tudo quando chega em casa pqp
✔️ william e noora | skam og demorou mas rolou todas as cenas foram de tirar o fôlego puta evolução de ambos escondido é melhor obrigado pelo email clássico nei https://t.co/5BEG3KJE29
rt @user isto tudo para partir a puta de um ovo?! https://t.co/lciikolbau
@user vtnc kkkkkkkkkkkkkkkkkk quer me gastar ô pouca pern
rt @user volpi me salvou no palco kkkkkkkk fdp
me sentir mal pra fazer a vontade idiota dos outros eu em faço mais isso não
a minha internet é muito ruim pqp
como eu odeio brasília pqp, só venho visitar minha mãe pq amo demais ela pq sinceramente toda vez passo raiva
@user tinha q juntar os índio e os madeireiro e meter o pau nos donos dessas empresas
toda vez q esse video passa na minha tl eu sou obrigada a ver inteiro e eu comeco a rir sempre
@user Se a esquerda ganhar (o que nao vai acontecer) esse canalha ganha, mais ganhando a direita sera um pau no cooool desse babaca mala rola de maia e Lula 🦑 😬✊😊🇧🇷🇺🇸
que frio da porra
eu juro que se a minha morte vier é por causa desse lixo aqui https://t.co/lqpaysyhvv
ela nunca mais vai te encher o caralho do saco por estar jogando e esquecer de mandar mensagem
caralho acordaram
a faca a li tava perfeita pra corta o pinto do corno fora perdeu a oportunidade /2
rt @user caralho olha a filha da puta mano fodase vo usa canudo https://t.co/c0da83p2kk
toda hora falta luz nessa porra ,assim não dá né 🤦‍♀️
aí porra eu vivo batendo alguma parte do meu corpo em algum lugar da casa
VAMO VOTAR NO BTS, CARALHO (NÃO IGNORA A PORRA DO TWEET) COMENTEM: ~O FANCHANT ~10 MÚSICAS DO BTS ~O ALFABETO ~O NOME DO SEU UTT COM AS TAGS: @user #MPN #BoyWithLuv LEVANTA GAYS !! RT= UM VOTO https://t.co/gHXI9CAhSK
é brasil, porra! vamossss p tóquio. 🇧🇷🇧🇷
eu nem pensei antes de mandar pqp burra mesmo ne veikkkkkkkkk
coisa chata essa torcida de comentarista de volley! pqp! cara chato
moço mexer nas minhas blusas da high é pedir pra eu ficar puta
tá pra nascer pessoa mais trouxa que eu vei puta que pariukkkkk https://t.co/eghvqyk2pl
@user mostrei meu pinto para a sala toda,isso foi na 2 serie
@user Tem cheiro de merda, fede a merda, é o que? Moro ja se pronunciou a respeito?! De qualquer forma se Bolsonaro afirmou que a equipe de Moro permaneceria, mudar agora é bastante comprometedor e merece cobrança. Político mentiroso, usar a tática do deixa disso não rola!
rt @user caralho kkkkkkk https://t.co/vbekajdvjn
e ele ainda ficava agindo como se eu tivesse falando com o cu???? eu tava sendo super racional, calma e coerente
puta que pariu ameeeei
kkkkkkkkk os cara só tem papo 😂
@user @user Eu discordo também, acho que a Ancine tem que ser transferida para a Boca do Lixo em SP que é um lugar com grande tradição na produção de filmes do mesmo nível que a Ancine ajuda a produzir
@user inferno pra que vai ser tao fofo assim seu filho da puta me beija logo porra 👺
puta que pariu eu e o tardelli somos iguais
@user Técnico frouxo, fraco, fudido. Mesmo com esse time de merda do vitória, dava pra ter voltado com 6 pontos. Culpa de PC que inventou esse Loss como treinador de futebol
nunca viu uma mulher na vida seu filho do puto que fugiu
tu tem uma cara que vai fuder minha vida
negativo! viado fica!
banho e almoçar com a family. quase surtando depois de uma manhã produtiva de processo civil desgraçado
@user p caralho
porra quero saber quando vai rolar a copa iesk
essa lea é retardada, oh personagem chata do caralho, so pensa nela
@user ele tbm me deixa puto
vim mal demais pra casa kkkkk pqp 🤦🏻‍♂️
eu juro q se eu pudesse voltar no tempo eu aproveitaria 1000x mais. pq puta sdd q eu tenho de tempos q não voltam mais
vou te encher de flor, minha flor
não aguento mais gente tóxica pqp
carai os jack td trampando de uber
vocês são chatos pra caralho https://t.co/nw95hbbmst
@user pqp kkkkkkkkkkkkk eu já ia vir "como é q é??" achando q era uma q eu li,o auge meu pai
rt @user mt linda, porra❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️ https://t.co/wynpub3rpt
parabéns namoral, que lixo
justo hj q eu tenho que sair de casa ta mo tempo feio
@user @user @user @user @user @user pq o nome dela não sai da sua boca viadinho?
@user @user @user pelo 🇧🇷🇧🇷🇧🇷
porra to querendo mt ir na praia
eita porra ksksksksk
Que foda o @user PUTA QUE PARIU! Que orgulho deve ser vestir a camisa do tricolor baiano em tempos obscuros. #DiaDosPais #HomensJáAbortam https://t.co/3tv8FUm5v8
@user briga feia são dois doutores em edição!!! como saber!!!
queridos, se eu quiser vê foto de paisagem eu procuro plano de fundo para windows xp, pqp! eu quero é foto dos dois caraliooo
@user @user 2 dias e meio* kkkkkkkk quero é porra
matheusnrocha consegue errar tudo meu deus caralho q cara insuportável
q porra quase tive um piripaque no coração
@user @user @user @user @user @user @user @user @user @user @user @user @user @user @user Levar essa rola duraça no cu deve set muito bom!
tudo q meu cabelo tava de feio ontem ele ta de bonito hoje
@user amiga mas o sotaque carioca 🤤🤤pqp acaba com qualquer um
Mano nem é por ser a melhor parte, é mesmo pela lógica, n vais tar a comer o caralho do gelado pela parte da amêndoa, iria ser só estúpido ah https://t.co/6LhtwCMG7w
rt @user o primeiro requisito para fazer parte do governo bolsonaro é ser mau caráter e oportunista
@user palhaço
😂😂😂esse wey é que nem eu a foder...se não fazes careta durante a foda então não está a te cuiar 😂😂😂😂
vcs tbm choram qndo as pessoas sao grossas com vcs? pqp ser sensível é uma merda
foste o teu pior inimigo quando à 5 meses atrás vieste para o twitter chamar-me de puta porque não te dei o que querias, quando fazias os teus amigos pensarem que eu e tu tínhamos alguma cena quando não tinhamos nada https://t.co/y7wCiyztmA
rt @user dia de inter caralho, vamo colorado
chupa um peitinho toma uma sopinha come uma buceta toma uma sopinha come um cuzinho toma uma sopinha,é só isso que eu queria
@user não pq é feio
porra frio p krl
meu deus o @user ta aqui to me sentindo mt fangirl tipo "caralho socoeeokkkhkhkhkjhkkkkkk"
fico andando no sol pra resolver as coisas pra rosa p ela ainda reclamar, folgada p porra
a vsf que garoto biscoitero credo
??????????? meu deus
@user acredite não amor, eu sou um lixo
começaram ganhando deixaram elas empatar porra que odio
rt @user todo dia umas 10 carioca querendo mostrar oq o namorado perdeu vai toma no cu
tamo em toquio carai
rt @user @user garoto desgraçado kkkkkkkkkkkkkkkk
@user a bixa mais maravilhosa que terei a honra de receber
foi-se o tempo que eu acreditava em "você é o motivo da minha doença mental" e ficava mal com isso a ponto de me achar um lixo em saber que eu faço tão mal a alguém que eu sempre amei
simm mano pqp
estou com uma vontade de comer um doce que pqp
eu mt louca tentando tirar foto da menina que tava mtmtmt puta em estar no show e ficava fazendo cara feia pro namorado levar ela emboraaaa kkksksksjshbbssbssnsnjnsn https://t.co/i5yLlE2Ze7
@user sofremos mas porra, que jogo
[03/08/2019 12:05:47] Nt Tdd : Vai copiar stts de outro, fdp [03/08/2019 12:05:55] Luis Victor: Fdssssss 🤣 [03/08/2019 12:06:05] Nt Tdd : Ainda por cima é abusado kkkk [03/08/2019 12:06:18] Luis Victor: Ousadia e Alegria 🤣🤣 Esse cara me diverte kkkkkkkkkk
rt @user porra é só o tempo fechar que eu fico resfriada
puta gente naca que no sabe perder
@user @user ele era dj e tocava pra caralho. ainda bem q ele deixou outras sobras de música antes de suicidar
rt @user nossa meu minha aliança já tá toda véia feia
rt @user putinha me cavalgando https://t.co/idgwvvstv4
@user É bem estranho, pq mtas vezes tudo oq a pessoa quer fazer é desenhar, mas bem nessa hora qualquer outra coisa se torna 100x mais interessante e tira tua atenção, aí dps de um tempo tu pensa "KRL EU IA DESENHAR PQP" E volta td
rt @user que cu gostoso 😈 https://t.co/tnmnhbcjlt
breno é foda, me chama pra ir no cinema mas quer me deixar de vela, filha da puta kkkkkkkkkkkk
pronto, agora acaba o jogo a cabeça com um puto galo e latejando 🙄
@user Esses caras destroem vidas, destroem sonhos, Miltão. Você, com a influência que tem, poderia fazer bem mais pelo Brasil. Infelizmente, não sinto indignação em você. Se o bicho pegar por aqui como na Venezuela, você tem grana pra onde ir. Esses FDP do STF estão abusando demais.
rt @user [3/8 12:13] ester: que? [3/8 12:13] ester: me explica direito [3/8 12:13] leeh: porra jumenta deixa de ser lerda isso pq e…
só acho q tomei no meu cu
@user gamer pra caralho
@user vai ter exposed sim menino manipulador, me chamava de gordo e de fracassado, nunca passou um dia comigo mas na internet queria mostar q eu era especial especial pra quem?
eu e mozao
@user @user você eh idiota amor kakaksksksksksks
rupidelovaca tu gosta — vtnc chata https://t.co/8odz7qrrka
ranço ranço dessas coisas pqp
sou muito chata com roupa , pqp
@user kakakakakak cade essa lista???? ai as gringas viu pqp
carai q frio, vou ficar deitado o dia todo
@user mineiro e josué os melhores
rt @user presença mais que confirmadaaa dia 10 o pau vai quebra https://t.co/dcrrbnyukr
rt @user pau torou kkkkkk
meu crush do paraguai vau vjr pra curitiba pqp
@user o amor da minha vida todinha pqp eu te amo
pega nois na rima vc é mt feia só queria mesmo o namorado da maisa 🙏
rt @user mds, muito eu 😂 https://t.co/b9qnu7dkxa
rt @user quando eu acho que “agora vai” vem a vida e fala “para de ser burra, não vai porra nenhuma”
simplesmente acordei agora igual uma cachorra desgraçada
se a pessoa tem dinheiro o suficiente, deixa ela gastar ué
rt @user acredito nessas porra não, pra mim isso é editado https://t.co/yhne4uba1n
mano, eu gosto muito de vídeo assim, pqp 😂
https://t.co/rgcwn9apmp mano q musica triste do caralho
@user responde a porra do grupo filha da puta
beatriz bebendo e fumando c meu pai kkkkkkkk vsf
vou passar 3 dias com um ser humano que conversa 24h por dia e deixa a porra do telefone no vibra, ou seja, aquela merda fica fazendo o barulho insuportável do vibra sem um intervalo maior que 1 minuto (e isso o dia todoo). depois reclamam qnd eu fico puta
o lado bom de só sua mãe se preocupar com você é que não rola falsidade pelo menos!!!
agora está explicado esse cheiro! francamente, você não muda, não é...? hahahah, ora.
lorenne caralho que mina fodaaaaaa #voleinaglobo
o errado sempre sou eu, ah vai tomar no cu
@user @user Patriotas, olhem como essa mídia maldita age de maneira parcial, conforme seus interesses comerciais e financeiros. Os mentes doentias do stf impondo as próprias impunidades e essa imprensa de merda ignorando, e pior, tenta sabotar o governo B17 e lava jato incessantemente
@user @user @user vem logo pra cá dnv arrombado
@user puta história 👊. quer dizer que paul bowles foi o anfitrião? como ele aguentava os caras e ainda trabalhava, rs? abs.
@user caraio, parece bom pra porra vou procurar torrent agr
@user enfiou a noção no cu ksksksks
o numero 1 é o fato de eu ter q ir nesse sol do caraio comprar oito quilos de areia, abençoa deux
rt @user como tem babaca nesse brasil. https://t.co/4pcl9oye1r
@user caralho que medo kkkkvkk como já conheço minha prof vou focar no seminário pq a prova dela é feita a punho pelo capeta
rt @user enfia essa falta de educação no seu cu filho da puta
que arraso !!!! pqp 👏🏻❤️
rt @user ou vai tomar no cu
paulinho devia ser centroavante nunca vi um cara meia fazer tanto gol pqp
@user @user @user pqp okkkkkkkķkkkk
🔥Puto gritando e dando o rabo lisinho pro leiteiro negão pauzudo😻😈🔥 📸https://t.co/SAte7IXczn 🔥@user 🔥@user 🔥@user 🔥@user 🔥@user 🔥@user 🔥@user 🔥@user 🔥@user 🔥@user 🔥@user 🔥@user https://t.co/e2B0CePvZs
não sei pra que a kelly tem celular se não tende essa porra
rt @user comigo deu certo https://t.co/ttzj6stgag
deu n porra https://t.co/fdedo0fhia
o sapatao n me encara assim q tu namora disgraça
rt @user porra de "namorado me traiu vim mostra pra ele o que ele perdeu" vai chorar ouvir sertanejo postar meme de corno igual…
rt @user eu tô chorando 😢 https://t.co/d7akxlnxhi
Esse tweet passou na minha tela e eu queria dizer que as desculpas de vocês, cristãos, não valem de mais nada. Poderiam se desculpar e se posicionar nas urnas, antes desse lixo ser eleito presidente. Agora com toda legitimidade do preconceito, querer se arrepender é mto fácil.
@user mds kkkkkkkkkkkkkkk o cu correndo atras da menina kkkkkkkkkkkkkkk
@user @user Parabéns cretino. Ao invés de argumentar e provar que tem um pouquinho de inteligência neste teu cérebro doutrinado voce comprovou o que já sabia. Você é um imbecil, idiota e ignorante. Realmente você tem todas as qualidades necessárias para pertencer a esta esquerda escrota.
@user kkkkkkkkkkkkkk na cara de pau
@user com o perdão da palavra pqp. inacreditável existir ainda quem defenda os governos nefastos.
@user eu amo muito vcs pqp
@user nossaaaa que saudade em!! puta rivalidade
Eu esqueci que baixei um mod no The Sims que faz os bonecos ter nudez realista além de outras coisas. Aí minha mãe veio falar algo comigo e quando olhei pra tela tava lá um bonecão andando pelado vtnc
@user quando essa porra acaba
e o cu na mão qnd vc marca a hora de tatuar??? kkkkkkkkkkkk parece que nunca tatuei na vida 🤦🏼‍♀️
a gente ve que o negócio tá feio quando até o frota ta se arrependendo de ter votado no birolino. o frota
vira caralho
@user @user como vc é podre....um babaca inútil.....
@user hahahahahaha não essa fia da puta ainda me perturba
rt @user vamos pra tóquio cacete pq fas iso cmg brasil #voleinaglobo
tandara jogou mt pqp
carai essa vida de trabalho/estudos/estágio já tá acabando cmg, era só um chamego pra eu recuperar a energia
agradeço todos os dias por ter nascido uma cara de pau nato 🙏
puta que pariu, esse time da cnb é horrível mermão #cblol
rt @user #aquário e sobre o amor, me considero um pouco idiota e ingênuo. eu sei que nada é pra sempre, mesmo assim acredito.
q satisfatório pqp
vey eu falei pro meu pai do show que eu queria ter ido ontem, aí ele falou: não tem problema não, o próximo que eu for vc vai MANO TUDO QUE EU QUERO ELE FALA NO PRÓXIMO QUE EU FOR A GNT VAI,MAS EU NÃO QUERIA IR NO PRÓXIMO E SIM NAQUELE Q MERDA PARECE QUE ELE NAO ENTENDE CACETE
queria guardar num potinho pessoas com sotaque tipo carioca, baiano. Acho muito sensa, sejam meus amigos, vocês com sotaque para me mandar áudios e eu admirar seu sotaque
minha mãe fez um bolo e eu tinha que fazer a calda, fiz uma água rala da porra. mds estraguei o bolo, eu só precisava fazer uma calda bicho
rt @user bom sábado pra geral e vai toma no cu palmeiras.
galera descendo o pau em richard lajakajakakakakaka 23:59 super fã 00:00 seu fascista
que ressaca e sono que eu to pqp 😪👎🏻
já acordei com meu pai me chamando pra vê um vídeo dele fazendo inseminação numa vaca, agrônomo é tudo igual kkkkkkkkkkkkk
@user - primeira impressão:linda linda - nível de proximidade:3/10 - gosto de você:aaaham - considero:Ah sim - onde conheci: Sesi/tt - pra ser honesto:a gente não consegue conversar mas te acho um amor de pessoa e que voz linda vsf
tomei um açaí num faz nem 30 min já tô com fome de novo, porra maria eduarda fecha essa boca kkk
caralho mano eu sofrendo aqui com a seleção feminina de vôlei seloko #vaibrasil #rumoatoquio
Sou maluco do caralho mrm quem tlgdo na nossa sabe que nos vive pra marola mrm varios mandadão de olho noque e nosso , por isso tenho medo de nada não filho , marolo sinistro com a cara de quem for contra nós mrm 🙅🏽‍♂️ 🤑
mano pega a visão, vocês querem ser um merda ?, sejam, mas n atrapalhe a vida de ninguém não porra
tô pra ver uma raça mais chata que torcedor do fortal*za, puta que pariu, nunca vi gente tão incomodada com o time alheio, ai dento porra
ai sinceramente vai pra casa do caralho
@user aquela animação é meio feia mesmo
vó: michele quanto foi seu vestido eu : xxx vó: o que, no cú tbm fode e goza, vou na cidade compro vários 🤣🤣🤣🤣🤣🤣
@user @user cu assassino
puta que pariu eu amo esse time
eu n paro de espirrar pqp
@user Caralho queria pegar a jenni de ontem q colocar frnte a frente com essa só pra vc ouvir tudo oq vc me falou ontem jsnjssj VC É INCRIVEL E LINDA
guri do inferno, tudo q vai volta seu filho da puta, nunca desejei o mal pra ninguém, mas eu espero q volte p vc tudo oq vc fez pra mim
@user Ei caralho vai se foder COMO UMA FILHA DA PUTA LINDA, ENGRAÇADA E GENTIL TEM BAIXO AUTOESTIMA? Além de ser macoeira good vibes, tu tem uma energia incrível, teu humor eh foda tu eh toda topzinha Parece aquela top model vitória secreta
" baiano é aquele amigo do marlon que deu pt aqui em casa ? " "aquele ali é o baiano ?"
@user Ai, SM tem tanta gente talentosa ali, uma pena que são desse lixo de empresa. Não que as outras fiquem muito atrás, mas é que o que tá acontecendo com o Dream, por exemplo, é revoltante. Não fazem NADA
o celular dessas menina deve feder bosta, do tannnnnnnto q elas enfia no cu pra dançar 😅
caralho olha esse monstrão
frio da porra socorro jesus cristo
mas eu parei, essa porra doi
mano eu to super doente caralho
@user @user @user kkkkkkkkkkkkkkkkkkkkainda ta nessa porra????
rt @user na moral quer me ver puta é tá online e n me responder, tnc
@user Eu assisti quando passava na sky no animax. Nunca entendi tbm essa porra. Hj tenho vontade, mas sei q n vou entender nada kkkkkkkkk (acho q sou burra)
eu nem lembro mais o que é ir na academia pqp
rt @user vc vê a vaca ir pro brejo quando a torcida grita eu acredito. #voleinaglobo https://t.co/v7nfrjtrsl
eu não tenho um guarda chuva, pqp
rt @user @user pau de madeira, amigo
@user na verdade o erro das gays é ficar dando biscoito pra hétero escroto.
@user o cara torce pro atlético mineiro kkkkkkkkkkkkkkkkkkkkkk cade o bi???? n sei porra
rt @user esse vídeo da thanessa chorando no flor ontem é uma bobeira cr kkkkkkkkkkkkkkk
Desde a estreia da turnê “Nossa História” eu procurei assistir poucos vídeos dos shows, mas porra, sem querer vi um que a @user tá chorando real e agora eu to aqui morrendo de chorar tb 😭❤️ MEUS DEUS DO CÉU, agosto não dure 70 anos, por favor!? Setembro, venha!!!!
rt @user para fazerem skins esses filhos da puta nunca estão quietos. para dar fix no jogo de merda deles é que não. https://t.co/htt…
Quase 37 mil curtidas num vídeo tagueado pro Fortaleza Ordinária e as pessoas chamando de Cachorro Baiano baseado em quê? A resposta fica com vocês...
tenho nem privacidade pra ficar triste em paz mais vtnc
@user @user esquizo não mo, pfv chama de saco de lixo, qualquer coisa...
rt @user porra paula prado
@user @user falou q o corinthians ia brigar por fora ? caralho tava bem confiante mesmo
"queres vir ali dar uma voltinha no meu camião do lixo?" - best pickup line ever
rt @user 13 dias para o meu pretinho, fazer 1 aninho 😍😭
kkkkkkkkkkkkkkkkk fora porra
eu amo o escurinho do meu quarto ❤️
@user gringo não sabe o que é um funk aí fica nisso
Amo quando militam sobre um assunto e me chamam de retardada kkkkkk, milenoca sempre preocupada com as causas feministas e machistas das premiações coreanas, é realmente tocante!
tem gente que tem 0 noção do ridículo né
tu é mt gata pra esses menos fudido — rala dai feioso (a) https://t.co/uwwboxlyzw
eu te amo minha puta preferida 😂❤️ https://t.co/jb1bbardoa
eu recebo umas mensagens aleatória que pqp kkkkkkkkkkkkkk
@user kkkkkkk vsf
botando uma piranha pra mamar enquanto a outra espera 😂 https://t.co/svqxeyjxu8
meu top #10 gente pqp eu tô- iggy?? amada?? https://t.co/t3n5lieht7
rt @user não aguento mais ver meus status mané, geral viajando, seja de avião ou de carro e só eu que permaneço nessa porra de bairro…
@user q q eu tava arrumando pqp
rt @user owwwwwwwwwww es un bebito https://t.co/i7eqwh4eaq
novas¿
Todo dia eu me pergunto pq a polícia militar não acabou ainda kkkkkkkkk fazer concurso e treinamento pra ser um VERDEIRO FILHA DA PUTA https://t.co/8LjbZD1VPI
@user o filme não é bom isso é fato,tp da pra assistir(relevar a história tlg)mas aí chega no final caga TUDO e vc fica puto com o filme td kkkkkkkkkkk na minha opinião se vc n viu é melhor n ver e considerar o 3 como final msm
@user “vai ligar é caralho” kjkkkkkjkkkk
é agosto e eu não consigo ir para a praia. isto é ridículo meu
Flamenguista - São paulino quer forçar rivalidade inves de comemorar a contratação do daniel alves... SÃO PAULINO - AE PORRA DANIEL ALVES É NOSSO 🇾🇪
3 a 4 dias nessa porra
respeita as meninas brasileira porra
eu comi 2 sanduíches com carne dupla e agora tô com dor no peito . puta merda a morte vem
bem feito, uma pena q é capaz o cara negro se fuder por ter espancado esse arrombado
rt @user ainda sou inteligente mas pqp virei mó vagabundo https://t.co/2hfgom6itl
@user essa gabriela é ridícula
@user deixa o guri carai
rt @user a cara de assustado do novinho... nunca levou rola de macho ... https://t.co/zsraa2kihz
rt @user fui eu q lhe dei as respostas lolol https://t.co/3f4wzpabih
@user mais feio que batida de fusca
tava vendo uns áudios de uns gp antigo, q viage kkkkkkk vem gordo
assistir o jogo do brasil em ligação com luiz é a melhor coisa kakakaka as caretas que ele faz pqp
@user vai tomar no cu
terminei a 1° temporada de vis a vis, ai caralho... sei nem o que dizer
como alguem nao consegue gostar d pagode mane, puta som bom
@user @user @user kkkkkkkkkkkkkkkkkkkkkkk cheio de tesaozin de vaca do crl desce alcool q passa 👍😜😁😁😁😁 amém
n existe coisa mais feia q xingar alguém, chamar d talarica pisona e n sei oq e depois ta lá pagando d melhor amiga
Mas não era pra acabar com a corrupção?????...Trocaram o Suplicy que jamais teve seu nome envolvido em corrupção por esse lixo....engulam
quando você pensa que só tem cerveja em churrasco de família eles tiram mais bebida do cu
@user que merda mano, pelo menos pegou a placa do filho da puta, onde foi isso?
eu nao consigo acreditar como tem gente q passa pano pra racista, vai se foder mano
deve ser porque sou feia e chata
eu sei lá nego e mongol
dilua mais que perfeita EU AMO ESSA MYLHER ENTENDERAM Gente dilua e amy são maravilhosas e alguém que pense menos que isso tá errado
que susto do caralho, sou míope mano, para conseguir ver que tinha uma frase em baixo foram 10 colapsos
@user @user vão ser menos dias, eles vão deixar os artistas no aleatório, tipo quem der sorte pega o dia do dennis, e ainda querem tirar umas festas que são tradição, isso é ridículo de vdd. Todo mundo esperando a anos pela viagem e eles fazem isso
Bagulho louco né tirei um tempinho pra vir visitar minha bisavô que tá muito doente, ela me diss que sou o único que faz carinho nele pra dormir pqp não parei de chorar desde esse momento
@user @user @user @user a única vagabunda q eu tô vendo aqui é vc sua porca fascista filha de uma puta
por enquanto eh isto, se eu fizer mais alguma eu lanço aqui. Música é importante pra caralho pra mim e essas playlists também são de certa forma. Se você scrolou até aqui, ficou interessado por alguma ou até seguiu e tal meu mais sincero muito obrigado https://t.co/jtQm7Kv2gp
putinha da surra de priquito kkkkkkkkkkk
@user era só o que faltava, um bandido, vagabundo condenado, querendo respeito, #vaisifudê😡😡😡😡😡😡😡😡
a gente se conheceu no IFPE e ela ficava me observando (qnd eu percebi achei muito estranho doida vai me matar) até que começamos a conversar e marcamos de sair e dois anos e 5 meses depois cá estamos https://t.co/l8uHB1ne13
meu deus eu me vi no espelho sem distorção de imagem caralho eu to tão feliz anorexia vai toma no cuuuuu
@user muito lixo
olha a felicidade do puto querendo piroca na boca 😦😦 que inveja https://t.co/ipqz5nrez0
eu nunca vou enjoar de escutar esse cara pqp
minha mãe consegue ser estúpida até quando não tem necessidade
porra ontem foi bom p crlh
gente do céu to desde que acordei com um mal estar desgraçado parece que vo desmaiar a qualquer momento
@user porra nem fala🤦🏽‍♂️
sigo geral de volta nessa porra sou mo gente boa
rt @user porra, sem neurose. serei eternsmente grato por tudo que fez por mim ! https://t.co/volr4g1pqk
paraíba do dindo .. 👏👊
no dia da formatura do jungkook o taehyung comprou um buquê de flores todo feliz só pra presentear ele, a bighit pau no cu nao deixou e fez outra pessoa entregar quando ele claramente queria fazer, o restante dos vídeos o taehyung aparece triste e chateado https://t.co/YNOh7FW204
simulado sábado à tarde qr me fuder me beija
rt @user serasi eu tenho conserto ainda deus? https://t.co/dmk6qtmb1l
@user @user é feio mulher abaixa a cabeça para homem meu amor
chorando pq uma pessoa me chamou indiretamente de feia 🥰
@user @user mlk desgraçado kkkkkkkkkkk
acha que eu sou idiota né, só pode
hj e tudo pela parada carioca 🍻❤️
falta só 1 caralho #voleinaglobo
Porra, queria ter disposição pra estudar igual eu tenho pra ser trouxa Se isso acontecesse, nesse momento eu estaria em Harvard kjjjjjkk Pq o bixo pra ser trouxa viu vey kakaka
@user o pior é que SEMPRE as pessoas criticam quando elas não tem igual ou melhor ou não podem ter como vc disse, SEMPRE, isso é ridiculo
Vc se produz , põe um baby Doll transparente preto, pedi uma pizza e espera o Crush..O cara chega, come a pizza, toma banho e dorme. Dia amanheceu frio da porra..Vc diz: vamos comprar besteiras e passar o dia juntos na cama assistindo filmes? Não dá, hoje é folga dia de beber 😡
rt @user meu chapéu se eu pudesse tacava um rojão no cu e mandava p lua
@user pqp hein...
kkkkkkk pqp
@user seu cu kkkkk
graças a deus que natinha é um projetinho de ser humano pica de mais
tem gente demais com medo disso ,
caralho. comecei a chorar
@user bichinha folgada... rsrsrs 🥰🌻
brasil ainda n tinja ganhado dentro d ecasa? é isso? vtnc
@user prof de historia apoiando pra mim nao desce na vdd nao desce qualquer pessoa que apoia as ideias desse canalha
hoje ta parecendo ate domingo pqp
dormi mal p caralho
Olha,só queria te dizer q vc é insuportavél,implicante,grosso,muitas vezes babaca mas eu n queria q vc mudasse absolutamente nadaa. Te amo desse jeitinho..feliz aniversario meu bebê❤️ Que papai do céu continue abençoando vc e sua familia sempre. RAMONZIN EU VOU COMER TEU BOLO🎂 https://t.co/YfrxmGmiko
caralho....
ontem quase me forçaram a ficar com um menino. tenho puta raiva disso, se eu quiser eu fico...
nunca chegue em alguém e fale que a pessoa tá gorda ou engordou, nossa que saco isso
rt @user homi eh um lixo ne gente num da
o trailer da 5 temporada de peaky blinders pqp arthur shelby homem maravilhoso
"— acho você sensual pra caralho e, se você não fosse meu melhor amigo e se isto fosse um maldito sonho, eu daria pra você agora mesmo." ARIZONA POR FAVOR PPR FAVOR POR FAVORJA TA NA HORA AMG VAI
yuri e mateus tava pegando no meu pinto, maniacos
@user @user Eu sou contra a violência. Mas ele bem que merece umas porradas na cara. E de preferência da mulherada que ele classifica como PUTA.
@user aqui caso quiser entender melhor o que aconteceu. ❤ https://t.co/uh9g3fzdps
rt @user puta q pariu https://t.co/vp5tssbfam
mas amigo ele é burro como você não percebe?????
caralho mano no bom retiro
rt @user essa chuva veio só pra fuder meus planos
puta q pariu essa mulher me fode o psicológico
rt @user coe qual a graça de sair na porrada igual um retardado https://t.co/ul6lrcgysr
Conheci ela numa festa de rep durante a calourada do ano passado, descobri que ela era bixete de uma amiga mas n aconteceu nada. Depois de um tempão demos match no tinder e esse mês fez um ano que a gente se beijou pela primeira vez e não se soltou mais (literalmente) https://t.co/SsKPVrolli
@user Daqui até a ehpow é pelo menos uns 40 min caminhando. Eu sou sedentário, eu morro nos primeiros 20 e ainda tem q voltar dpois. Sem falar q se vcs forem ficar na lam pra jogar, eu jogar em casa é de graça, carai
esse técnico é um burro. vai tomar no cú
olhem esse levantamento da roberta pqp que obra de arteeee https://t.co/lrfkq1i7es
aqui não porra mara eu te venero #voleinaglobo #voleinosportv
furou o pneu do carro lá em são gabriel mais 3 horas pra abrir o parafuso pois o borracheiro lacrou pra caralho.
só queria coragem e dinheiro para:
@user Se fechassem essa merda de congre$$o o Brasil 🇧🇷 evoluiria rapidamente. Babaca invejoso que morre de inveja do Nosso Presidente @user #BolsonaroOrgulhodoBrasil #Bolsonaro22
@user puta que pariu, vsf mlk 😂😂😂😂 que jogada foi essa ? 😱🐳🙌🏽
@user Não tenho bem certeza se o Bolsonaro acertou, Até que os ratos e baratas se manifestem... Bate mais que eles AGUENTAM CAPITÃO! O Daciolo teve mais votos que você! Vá atrás de um pau para tirar leite, sua seringueira RETARDADA! https://t.co/HPIaIWSIHS
ela disse que eu não valho nada por isso que essa noite ela vem fuder comigo
ta muito frio vsf
foda começar conta nova ein pqp
não vamos deixar não #pracimadeles , #stfvergonhanascional
@user @user kkkkkkkkkkkkkkkkkkkkkkkk vsf rafaella
rt @user ah mano vai tomar no cu pq isso não acontece comigo? https://t.co/xpqhf5xwad
Ihh é de salvador uma disgraça dessa ainda, nem ela ta aq pra eu dar um botadao, tem q avisar pra ele q n tem anti-antifa, tem antifascista e fascista.(apesar de achar ridículo quem usa esse nome grotesco pra qualquer merda q bolsonaro faz)
o disco "azul" da zimbra é lindo pra caralho tá loco
rt @user que viado chato
@user voceeeeeee gostosa do caralho ❤️❤️❤️😍😍😍😍
tô com tanto tesão acumulado que o boy fala qualquer coisa e minha vontade é de responder sim agora deixa eu sentar no teu pinto
puta merda já começa assim???
aquele médico babaca de vis a vis é um filho da puta mano q ódio
a semana inteira tava um clima bom, aí chegou final de semana e ta esse cu
@user escalei os dois tb kkkkk tô torcendo por isso, rodada passada eu tava sem internet e não fiz minha escalação ai ficou a da outra rodada. pensa num negocio que ficou feio
pqp como eu sou burra
@user @user quem aqui falou em política, mongoloide?
@user Porra, q assunto chato... os caras insistem nessa pauta. O @user NÃO achou pênalti, mas 95% dos árbitros q comentam sobre arbitragem na televisão brasileira ACHARAM pênalti. Pronto! Próximo assunto...
ai que dor de cabeça do caralho 😟
vota ai caralho
porra eh foda sabe
incrível isso pqp vsf
minha mãe terminou bates motel q tem 5 temporadas em duas semanas, pqp
luhan vc vai msm me forçar a ficar colocando foto sua de 2016 no icon???? maldito
tô nem aí pra porra nenhuma!!!!
@user kkkkk caraio mano que foda
caralho a marjorie que treina com rodrigo é sensacional.
e tua mãe que vendia pack de pé kkkkkkkkkkkkkkkkkkkkkkkkk caralho ver os vídeos do orochi me apodreceu mais ainda
puta que pariu calor é uma merda
sem contar que nós somos seres racionais e comemos por pura e livre espontânea vontade (temos a opção de não comer) vsf os seres humanos são mt merdas
@user Coitado desse gringo criminoso, vai ficar esperando criminoso maldito, que o Deltan vai ser afastado, vc e o covil de criminosos que está no STF que vai pagar pelos crimes cometidos, ninguém está acima da lei criminoso dos infernos.
Ah mas é muito sem o que fazer né, um mulherão desses sendo feia? Feia é esse anon q n tem nem vergonha na cara p… — Iti malia meudeuso https://t.co/u5YxHb7qBZ
@user @user ahhhhh inveja !!! pqp não creio que tem torcedor que pensa isso ! pqp
@user @user minha sra porra, rexpeita kkkk
o tanto que minha irmã me estressa, vai toma no cu
Se esses vermes da suprema corte brasileira não fizessem tanta merda e tirassem tanto vagabundo da cadeia e essa modomia desvairada tem que acabar,e não quer ser assunto eles tem que sair de lá urgente. https://t.co/9rbcngx6DI
Marque sua amiga que quer um desses! Repost de 04/09/2017 #psicologia #sinceridade #humor #freud #sigmundfreudsincero #repost #homem #rir #segura #palhaco #ninja #desejo #magico em Circo Estoril https://t.co/EdAi7wAwpo
foda que ele da o cu pro trump e deu um pedaço da amazônia pra “estudos” 🤦🏾‍♂️
A @user é tão lixo, que colocaram vídeo da torcida do Fortaleza fazendo festa e falaram que era a torcida do framengo. Fecha as portas lixo de canal.
caralho sao paulo vai com calma
nf hoje pq to puta andei p caralho quase n bebi e engordei um pouquinho ah vsfd
peguei meus exames de sangue, kķkkkj tô fudido
@user caralho o maluco abriu a porra da porta mané
A única droga que eu realmente ainda tenho um certo preconceito Mais eu já percebi a tempos que é a mesma questão de cigarro ou qualquer outra droga Faz um mal da porra Mais não é da minha conta ou do meu direito criticar ou querer que as pessoas não usem
@user lá era um puta spot bom, você sempre saia full metal, madeira e shield
caralho que ódio dessas esteiras de mala
minha mãe falando que eu sou muito grossa e que xingo muito e que pareço macho............ falei que ela só não me deu um pinto pq é o que falta mesmo, sonho ser homem
ainda impactada pela entrevista da bethânia, muito boa, caralho. ela tava muito à vontade e o bial arrasou
rt @user e o lucas q ficou abismado de não ter área de telefone no sítio? ahahsjsjs pqp carioca mora em outra mundo msm
Quem tem boca fala o que quer. Eu mostro os erros antes de levar o gol. Antes das derrotas. O time joga melhor. Mas o professor ainda não sabe escolher e nem substituir
rt @user precisa se apurar com urgência os desmandos nas universidades, a começar pela demissão dos reitores https://t.co/5voturp1lp
@user eu teria usado a faca pra cortar o pinto fora logo
@user @user eu vou parar de ir na academia. eu quero ficar gordo.😬😬😬
rt @user tava morta de nervosa mas venceu porra https://t.co/40owfnzozj
vai tomar no cu @user voces tem merda na cabeca de colocar a porra de um robo no jogo seu duente
@user apaga pra ficar menos feio
@user @user to falando no futuro porra
vsf. tudo pra mim https://t.co/c39ojtpkov
@user não te chateies puto
puta que pariu, toda hora o telefone toca, eu atendo, não falam nada e desligam, eu não aguento mais, vai tomar no cu porra
rt @user e eu chorando vendo kkkkkkkkkk q lapa de gado puta merda https://t.co/geoaowmyqs
@user queria saber como é a sensação de se estar de pau duro
Essa era minha duvida aos 13 anos Ms tem uma que ate hj não sai da minha cabeça: quem foi que inventou o sexo oral??? Foi tipo “vou meter a boca no teu pau pra ve no que da” e dps disso foi “foi bom, vou fazer isso cm tua ppk tb, ve se é bom”???
tirei 9,5 em experiência estética 😔😔😔😔😔😔😔😔 pqp tô tão feliz aaaaaaaaaaaaaaaaaaaaaaa
@user me liga bora jogar Eu: ok já te ligo *eu ligo pra ela* Ela: então kkk a * TA aqui kkk AI A FDP ME BOTA PRA FALAR COM A GAROTA NOSSA EU FICO DE VELA ATÉ EM LIGAÇÃO
#voleinaglobo brasil venceu os 2 primeiros sets e enfiou os outros no cu https://t.co/5hp4tsrtwp
P/ deixar IDIOTA com raiva, informo que votei no BOLSONARO, e votarei novamente em 2022. Gosto do seu jeito espontâneo de falar na lata, principalmente quando provoca terremotos na ESQUERDA MALDITA brasileira. COMUNISMO / SOCIALISMO SÃO DUAS MERDAS! O PT É A DESGRAÇA DO BRASIL.
rt @user te foder mlhr tabaco do 🌍 https://t.co/6izqyrcthr
que mulher puta merda
@user caralho sabany cadê teu coração??
aindaaaaaa rs
despois de ontem vo assumi a porra toda agora confie em vc
krlhooooo achei pohaaa vtnc mundo eu sou foda
imagina se rola um júnior x mauro cafezinho cezar https://t.co/oeno2hsrm6
é sério que isso aqui tem graça? achei uma puta falta de respeito.
rt @user não tem nada mais insuportável que viado que fica de briguinha por diva pop
@user pqp vou terminar de gastar meu pacote de dados aqui #mpn #nowunited #uniters
@user hyungwon nego (pqp você é maravilhoso a)
vocês acham realmente que vão fazer a sm desistir de debutar o bg? mano enfiaram a noção no cu igual a empresa ne. além de deixar os garotos tristes porque deram duro, vão prejudicá-los. parabéns vocês dividem um único neurônio https://t.co/sIKjOROzg8
rt @user eu tô tão puta se eu visse essa garota na rua dava um socao
caralho o mi mix 3 é um monstro aaaaa quero
@user @user @user @user é um cretino fundamental.
@user sacana kkkkkkk
menos de 20 min de filme e já estou puto nmrl, q mlk idiotaa
Presidente criacionista fundamentalista neandertal - cretino - faz parte desses bandidos “ pastores evangélicos” empresários da fé - Bolsomerda hipócrita - inescrupuloso - louco..... https://t.co/iQ3OLz27SN
@user @user Vai se lascar sua idiota mentirosa. Você é asquerosa; repúdio é o que o povo brasileiro tem a seu respeito. Vamos extirpar gente do seu nível da política brasileira. Na verdade o brasileiro acordou, e vagabundos esquerdopatas não ter lugar aqui no Brasil. Cadeia nos bandidos
voa kkkkkkkkk
Imprensa paulista estão vibrando com a contratação de Dani Alves pelo SP. Precisavam disso, para ofuscar o que FLAMENGO vem fazendo em contrações. Mas esquece que por mais esteja em forma, com 36 anos jogando no calendário insano do futebol brasileiro.
nó que cu viu
A sm tem a cara de pau de n deixar os artistas nem chegarem perto do Brasil, mas usa uma batida brasileira pras artistas dançarem no JAPÃO SM VAI TOMAR NO CU https://t.co/qslupYVtts
todo mundo tá fazendo strogonoff nesse sábado menos eu vsf
as praga começa chega na loja bem na hora de ir embora vai toma no cu mano povo nao se toca🖕
que veneno cara, toma no cú
Esse é um caso único na história de decrepitude deliberada. Esse cidadão está pondo a perder toda a grandeza de sua obra musical com essas manifestações patéticas. Vejam só quem está na segunda fila.
rt @user final em araraquara na fonte luminosa pelo campeonato paulista sub 17 - @user 1x2 @user .
tem gente que não tem senso, né? tá vendo que não quero assunto e insiste nos bglh, pqp não aguento mais inventar desculpa
pronto, acabou a briga, nem um e nem outro criamos o nosso próprio bordão e agr é: o POLSO ainda POLSA 👍🏻 https://t.co/0ByeSwF7EB
@user por favor maestro meu querido a Globo fez algum desse alguma pesquisa para saber se o torcedor carioca queria jogo às 19 horas eu pelo menos não concordo maestro trás e sem cat por gentileza
carai faz uns 10 anos que não vou num circo
@user O comedor de traveco, a direita ta pedindo o impechment do Dias Toffoli faz tempo, você não deve saber porque bloqueia todo mundo. Volta pros teus pornôs cara
tomar no cu ninguém quer
@user @user faltou o "arrombado".
a primeira modelo trans da victoria's secret é brasileira, nordestina, cearense... que orgulho caralho
segura teus b.o sozinho porra, não vai tentar fazer alguém a tua carga emocional que merda
so martelada na lata filha da puta
rt @user e sempre me fodo também https://t.co/jmsa8vrrcf
rt @user maioria das pessoas falando mineiro e eu fico (??) queria conseguir enxergar sotaque em nos mas n consigo https://t.co/hrb…
@user Já q o senhor está falando em entrevistas, responde essa por favor. O senhor tb se negou a falar. Canalha https://t.co/yMVU2odO8z
gente só lavei o cabelo duas vezes essa semana quero ver desbotar rápido essa porra
@user os cara tão puto que o povo tá jogando o jogo deles ué quem tiver a vantagem que a leve
tem uns problemas que só se resolve mandando tomar no cu mesmo
eu amo a vic num tanto que pqp
rt @user mano????? era só a pessoa não ser uma imbecil, tipo, porra quem quebra o ovo desse jeito??????? https://t.co/p4kaiofysn
caralho essa amiga da minha mãe não supera, ta doido.. toca vez que vem aqui toca, eu ja superei, supera miga
você tá lindaaaa
@user imprensa mentirosa e maldita! não adianta vomitar essas fake news. povo acordou pra essa mídia imunda!
pq esse fdp mora longe p cacete vai tomar no cuzitu
que beleza, se não me avisassem, nem ia saber que meu instagram tava dando pau
imaginem só se fosse o mano falando isso...a imprensa iria surtar!!!
@user não!!!!! jogador mais filho da puta da história do são paulo! https://t.co/4mffg7wsbm
rt @user eu que sabotei o copo dessa piranha botei uma bala boa
vai tomar no cu deixa eu jogar meu ps4 em paz
rt @user @user @user @user @user @user @user porra já falei pra vocês que eu odeio a suelen car…
caralho olha ali 6,99 tudo aquilo, preciso ir
viado quer ver q essa porra vai dar uns 100 fv kkkkkkkkkkkkkk parei
meu deus q incrível o macaco tava dando banho nele ah n eu quero um chimpanzé
sempre q vejo postagens do tipo quero ajudar mas desempregada é foda :( o máximo q posso fazer é compartilhar.. quem puder por favor ajuda.. qualquer quantia é válida. ♥️
pqp nunca teve tanta gnt nas minhas nots #mpn #nowunited #uniters
rt @user e se você tiver o poder de fazer um babaca se por no lugar dele, faça https://t.co/usxfv7fang
viadinho branco fa de outlander criticando series negras talentosas que nao foram feitas pra ele https://t.co/bsmm0ftn3t
Cadê o Pokémon com a carinha de surpreso? Esse homem tá nem aí pra CF né de hoje não! Inclusive, ele elogiou torturador FDP, DENTRO do congresso Nacional!
em 93 nós ganhamos o paulistão foi em cima dos gamba filha da puta 4x0 po verdaooooooooo
@user pensei nisso tbm. fdp corria demais. me amarrava nele
tandaraaa caraio
não tenho nada no caderno de todas as matéria to fodido
puta que paril! bora baea. na boa, vou comprar uma camisa.
@user ahahah ent temos de ir apanhar a puta 😝
ele ta feio assim seguimores https://t.co/3sorp7yyae
fui fazer minha unha do pé consegui fazer a francesinha mas linda do mundo a idiota borrou uma unha e estressou e tirou tudo ai fui pintar de preto estressei pq meu esmalte ta ruim é o preto da ralo ai agr minha unha ta metade branca com os lados pretos POR QUE EU TO SEM ACETONA
Meu Deus que nojo recebi um pau horrível no CC Homens, entendam por favor que o tico liro sujo e seboso de vcs não dá tesao e é NOJENTO! Agradeço desde já
td vez que tem uma situação onde “own bby ur the best” e ele “no no no” eu fico owwn eh sim caralho aceita
Ainda Bem- Marisa Monte minha playlist olha pra mim e pensa "vou foder com ele até pedir arrego" eu acabei de sofrer um desilusão amorosa vsffffffff quero morrer desgraça
verme é pouco pra definir
@user kkkkkkkkkkkkkkkkkkkkk ai carai 🤪😂😂😂
zayn essa linguinha pqp
@user @user ô vagabunda, te amo, te considero irmão puta
esperando meu irmão parar de jogar p limpar a sala é uma porra mesmo viu
rt @user mana rivalidade por causa de homem é tão feio cancela 😘
@user rapaz esse pessoal tá demais hein, pqp
amo barões da pisadinha caralho
também eu amo as tuas testas! 😂❤️❤️
rt @user 😈voltei 😈 e voltei gozando carai 😂🤣 ❌quero vários rt ❌ https://t.co/6i27uaustb
@user pra vcs verem, a direita só representa o atraso. não sei como foi q o pt deixou o brasil cair nas patas dessa gentinha.
realmente elegante buceta solta da mãe coreano suculento https://t.co/xrlrjqro2r
rt @user guarana mineiro #deusvult #memearia https://t.co/3bcxzktgv0
@user vai porra nenhuma tá morgadão aí já kkkkkkk tb to k
eu queria mto ser filha da puta com os outros igual são comigo, mas deus me fez um xuxuzinho e eu não vou decepcionar o criador
@user @user o cu assassino
@user toma no cu ta feio isso ja
não quero ventilador ta calor pra caralho
1 festa // 1 lugar // 3 dj muito fudido! Carioca // Razzmatazz // Mozart, VMC e Zarza.. ~as fofas que forem nessa festa vão preparadas so isso~ https://t.co/EEWZZaIUdt
rt @user cuéllar deve desfalcar flamengo contra o bahia; piris pode ter chance no time titular https://t.co/pobqmyqw8n
carai parça, melhor brisa da minha vida
@user @user @user pau no lombo sem massagem kkkk
GENTE EU TAVA SIRIRICANDO COM UMA PIRÂMIDE DO EGITO NÉ AI EU ENFIEI MUITO FORTE E AGORA MINHA BUCETA TA SANGRANDO MUITO E EU NÃO SEI O QUE FAZER EU NÃO POSSO FALAR PRA MINHA MÃE ME AJUDA CARALHO EU VOU MORRER😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😰😰😰😰😰🤐🤐😰😰
a audácia desse fdp
tive um professor de física q tb era dj (agr é só dj), falei c ele hoje e aí me passou o novo set dele rapaz que housezinho de fuder
sera se eu reprovar de ano dnv minha mãe fica puta
jannifer elyza- kkkkkkkkkkkkkkk teu nome é mais feio q você. to de brinks❤❤❤❤❤❤❤❤
eu amo esse gato puta merda https://t.co/s4nyekmtwi
falar q se mataria??????? caralho garota doente da porra, sem noção nenhuma
eu to urrando com os audios do lucas kkkkkkkkkkkkkkkk desgraçado
putz outra meta agr vai ser tirar uma foto com um anão trapstar
@user vai trabalhar vagabundo!
@user o caralho eu ainda não terminei de assistir infernooooooooo
@user @user será esse povo não não sabe que nenhum método contraceptivo é 100% eficaz?? e porra, eles indo contra a legalização do aborto, vai acontecer, porra!! se não são a favor da legalização, foda-se, pq o corpo não é de vcs😎🤙🏻
@user namjoon me chupa o cacete do jimin gent que teclado eh esse
o pau comendo e minha vizinha com o discurso de empatia e amor no meio da reunião de condôminos. quem engole isso??
pau no cu do cidade nova
@user e vc seu vagabundo vai ser expulso do país...
@user porra que irado. tá dando alergia não, brother?
puta dor de cabeça
@user @user Tá pouco! O dembele custou 100 mi, Neres não pode ser pior q ele esse tanto. Eu na vdd, não daria o Neres no dembele pau a pau.
@user esse fdp tem morrer
rt @user é bala nos três cu 👌🏾👈🏾🚩🚩 https://t.co/xasbfwqzft
rt @user toma fanta que o pau levanta
@user @user @user @user @user @user @user + simplesmente porque a magreza te agrada como padrão estético, mas uma gorda não. E antes que venha com “ah mas ninguém é obrigado a achar bonito e pipipi...”. Realmente. Ninguém é obrigado. Então se seu propósito foi unicamente vir aqui e falar absurdos sobre o corpo de uma +
@user porra, passamos mau kkkkkk
Até parece minha esposa sentando em um pau. #cuckold #hotwifeclubfan #hotwife #corno #cornomanso #cantodoscornos #corninho #esposasafada #esposaliberada #namoradaputa #slutwife https://t.co/RKI1CcGw1t
meu cu é muito fdp, quando eu entro no chuveiro da vontade de cagar
gente assistam ao volei brasileiro porra futebol é o caralho nosso vôlei é foda
rt @user @user meu pau doido kkkkkkkkkkkk
rt @user #bailedacolombia #bailedokit vamoi porra 💥🎊
eu tenho mais que tomar no cu mesmo, otaria do caralho
minha mãe tá colocando umas músicas que pqp
meu rolê ontem teria sido perfeito se não tivesse terminado comigo chegando em casa e achado mais um gato meu atropelado na porra da rua
@user vtnc seu filho da puta
@user um babaca, se achou o fodão mais quando a porta abriu o cu sumiu...
caralho não aguento mais todo mundo falando de curso e eu não sei que porra é essa caralho https://t.co/nukwvaheg5
@user pois caralho quando podia deste ghost agora temos de esperar até dia 20 :(((
Li essa reportagem completa e não da pra acreditar!!! A menina vivia amarrada e era chicoteada diariamente... Como um pai faz isso?! E essa fdp ainda ajudou 😡😡 Essas porras tem que sofrer mto na cadeia 😡😡😡
@user putinha das pirocas kkkkkkk
@user @user @user kkkkkkkkkkk pqp q q foi isso
@user pode comprar, não assisto globo nem a pau.
enjuriado slc semanais lixo kk
@user minha filha vai toma no cu vai
Se Júnior chamasse Mauro Cézar de mau comentarista, até era admissível, mas questionar o caráter do cara pegou mal demais. Deve ter postado na "empolgação" da terceira garrafa. Bola fora do Maestro.
@user povinho mais sem noção né menina, fico em choque com a cara de pau do ser humano
rt @user caralho 5 meses pra acabar o ano ja kk vai de leve 2019 vc ta muito bom pra acabar
@user “caralho ela é pequena” pensei #mpn #nowunited #uniters
meu deus chico buarque e um demente
rt @user vila norma botou pra fuder
ri com respeito kkkkkkkkkkkkkk
rt @user ✌️ thread de pornozão sapatão pra vc siriricar na madrugada 👅
podia liberar premium p geral 🤦🏻‍♀️ capitalismo é foda, af
@user @user kkk vsf
ja falei hoje que eu sou trouxa pra caralho? porque eu sou
acho a natália uma puta jogadora, sempre representando em quadra
@user vc só gosta de anime com animação lixo, não espero nada bom de vc !!
@user me viste cara de spawneador de bleque hdp fdp
vai se fuder mano o maldito ainda nem deu aula sussega o faxo
me dá uma puta agonia ver isso
@user @user vsf garota tóxica kkkkkkkkkkkkk
@user @user piranha apaixonada
caralho minha mãe ferra comigo
@user kkkkkkkkk eu sei carai
@user meu pau
Isso só mostra o quão irresponsável, egoista, e fracassada nossa sociedade é, deixar de ajudar pessoas, de dar a chance de uma nova vida, até porque não existe uma fila GIGANTESTA para doação de órgãos pra pessoas que a vida depende disso né.. foda https://t.co/DM3vQ0D4mA
KKKKKKKK essa sou eu experimentando roupa na maior inocência perto do meu primo de 2 anos, ele foi lá e apertou minha bunda e não queria soltar
@user tomo no cu kkkkkkkkkkkkkkkkkkkkkkk
habibs é o pior restaurante pqp
poha, isso sim q é bom
qual paredão não toca brega funk vsf
@user vsf cara kkkkkkkkkkm
rt @user espero q minha vida de estudante me recompense mt bem pq pqp
não sei nem se tem remédio vei pqp eu quero morrer
eu sou um lixo porraaaa
em briga de saci só rola voadora #sabadou
@user @user bolsominion tem que se fuder msm até levar jeito https://t.co/zys9q6bxsm
@user tudo pra mim caralho
eu to tooooooooooda me tremendo! vai brasil, caralho!
@user Nossa era muito bom, todo mundo falava mal e eu amava. A última temporada foi um lixo. Saudades esquenta todo domingo, roda de samba, Mumuzinho e tudo mais
naruto cresceu e tals mas ainda nao vi nada demais q eu diga "uuuooooou fdp" vamos esperar p ver
se tá ruim para vc imagina para mim que nem tenho amiga suficiente para formar grupo k
@user e um nojo essa mulherzinha..🤢
rainha porfa te amo solta esse braço lorenne porra lindaaaaaa dona desse jogo
rt @user queria ta falando "coé porra vai pega toda a coberta mesmo?” pra pessoa que eu gosto
Lea tentou salvar o Pop quando ele mais precisou, e infelizmente flopou. On My Way é um puta hino que merece ser enaltecido, então DEEM STREAM PRA ESSA MARAVILHA! #StreamOnMyWay https://t.co/WAP6qpzeNQ #NowPlaying
vai se foder no fds que nada pode dar errado a @user cancela meu plano e não consigo reativar de jeito nenhum mesmo depois de pago.
rt @user vagabundo cai na porrada e tudo por uma droga de 5 reais, a feição chega muda, acho horrível e foda-se https://t.co/tpztksrex3
a família quer ir na havan mas eu não vou nem a pau kakakakaka
hoje faz um ano que colei grau , pqp , um ano que to formada
e tomei no cu🤙🏻😭
@user kkkkkkkkkkkkk indie puto fodasse
mais uma rodada fdp pra escalar
cruzes que feio
@user o olho da sua buceta
@user Bom tá lá escrito né que tem muita gente se registrando por isso pode dar ruim mesmo............... Ô CARAIO O RABBIT TAVA QUIETINHO NO CANTO DELE PRA QUE FORAM FAZER ISSO
caralheo sensacional
só pra minha prima pequena sendo que ela só vem aqui em casa 1 vez por semana e a gente nao pode chegar nem perto dessas coisas senão a coisa fica feia pro nosso lado
caralho, kelly não tem limites real kkkkkkkkkkkkkkk
Concordo, tem muitos torcedores que não se recordam dos últimos 15 anos, tivemos péssimos elencos e pouquíssimos títulos! Temos um ótimo elenco, disputando título todo ano e tem nego que reclama VTNC!!!!
@user mas ele é um tuco da vida vagabundo
ifood me mandando cupom achando que vai me ganhar, hoje não piranha
@user nós mlk doidooooo❤️vagabundo dos bom
crl q isso, daniel alves e juanfran vão toma no cu
@user vtnc acabei de acordar e tô passando a fome
@user porra muito bom
@user kkkkkkkkkkkkkkk eiiii oooou eeeei ooou me jogou no lixo e a amiguinha reciclou
tem q ser vagabundo mesmo, se quer compromisso a mina te ilude
caraio eu so burra eu tenho o MEU IRMÃO q eh tipo uma josi sem diploma (poxa henrique trancou o curso no último ano isso q da ser macoero) p me explica as coisa vivaaaaaaaa
[ ] reclamar das mudanças climáticas [ ] parar de ser um consumista filho da puta 🤔
eu tô igual o ursinho pooh, só comendo mel e gorda
carai tive um pesadelo, sonhei que tava colocando várias fotos no status do whatsapp kkkkkkkkkk
tomando pinga 1hr da tarde kkkkkkk porra eu sou um lixo
@user é fodido 😷😷
@user porra ele fez isso 5h da manhã
@user caralho sim mano
@user enorme vitela, já são alguns anos aí puto, tudo de bom qualquer cena fala ✌🏾❤️
Mano q horror isso é ridículo mds. Uma coisa e chegar por trás abraçar e dar um cheiro etc, outra é agir igual um doente como no vídeo abaixo:
é o bato e o bato muche
@user pastel q só o carai
@user e desde quando ele tem pau
que gostoso falar com o gabriel, tava com mt sdds desse puto
@user Cara, somos humanos. Erramos. Não estou aqui falando que o Celbitt estava certo, ele foi escroto sim. Mas a partir do momento que ele procurou assistência psicológica e viu o quanto era tóxico, e esta buscando melhorar isso, é uma vitória, se todas as pessoas do mundo fizessem +
@user ah toma no cu muleque, nem parece q tem meu sangue porra
agora na rádio eixo: o cheiro e a flor by sandyalê! https://t.co/elamt7d7tr
@user você e lorenne são fodas!!!!!!! mulherões da porra.
@user @user coitado, você é muito burro
rebola no pau fumando haxixe
@user @user @user De repente um defensorzinho acefalo da propriedade privada está justificando invasões de uma reunião. Legal!
@user mamar o peito da vó, filha da puta
@user a taylor é mt linda vsf
rt @user vo se bem indelicada agora meu peito tá tão inchado que tô parecendo vaca leiteira
@user @user beijinho de cu é rola!
caralho que susto viado
pqp tá muito frio
rt @user hoje tu chama ele de amigo amanhã ele tá dando em cima da tua mulher,slg não tem essa porra de amigo não!
to puta estressada eu só quero chorar e ter um minuto de paz sem cachorro marinho no meu ouvido
tem um ferro gigante do aparelho cutucando minha bochecha e não consigo cortar essa porra
pode até me achar brega, mas porra amo uma moda de viola
@user foda-se caralho tem que cortar mesmo!!!?
pessoal daqui de casa tem o dom pra me tirar do sério, puta merda véi.
mas a bichinha véi, ela não tá bem mesmo agora n sei se levo ela na emergência dnv, ruim pq é muito longe
meu deus falando nisso eu tenho que assistir han solo e não tem no caralho da netflix
e eu aq querendo ser uma sapatão
rt @user esquerda canalha! https://t.co/ufuf9ep5yj
pq todo gay lindo é retardado?
rt @user aí meu caralho https://t.co/qxlfdxn9oq
caralho irmão
é hoje a porra do clássico
me toquei agr q eu e o enzo estamos fazendo 2 anos e 3 meses de namoro hoje, é coisa pra caralho né pqp
@user ele é feio, mas muito estiloso e charmoso https://t.co/4i2x2irtvs
@user @user isso sim é rola !
mano eu n consigo parar de ver a performance de drip drop vai se fuder seulmin fode meu cuzinho
falta só 2 porra #voleinaglobo
@user @user jandirao, lixo é vc e seus capachos do pc do b
Não sei como as pessoas n gostam tanto de vôlei e handball igual gostam de futebol, os nossos times tanto feminino qnt masculino são do caralho
tive nenhum tempo de compra uma roupa pqp
que vergonha dos trem q eu gravei pqp
@user tenho consciência absoluta que sou uma gostosa do caralho
caralho q ódio q eu tenho de Ricardo, todo dia quando tô almoçando, ou ele escuta funk toda altura, ou fica fazendo essas merdas de barulho c as motos, puta que pariuuuu
porra q dor de cabeça
[03/08/2019 12:10:54] Gabi (prog): Já comecei o dia com a minha mãe falando "vai dar meia hora de cu com o relógio parado" [03/08/2019 12:11:02] Gabi (prog): pq ela é assim?
se n é eu e a @user naquele grp ridículo a salinha tava lascada
- Ei! psiu!!! - Oi. É comigo? - Sim, porra. Vem aqui - O que foi? - Chega mais. Chega mais. - Tô ouvindo. Diz. - pau no cu do bolsonaro https://t.co/FL3DWNEBi9
@user @user @user @user porra lara tem q abraçar os gatos
é a rodada mais feliz da vida, escalo vascaíno p caralho no cartola e não é clubismo
odeio gente q nunca assiste vôlei e fica me enchendo o saco nessa porra quando passa na globo
@user sangue no zoi do cu
diz querer direitos iguais, mas se vê uma mina ficando com dois caras numa festa chama de puta
é 🔥 nos racista
@user deixa as mina rebolar o cu porra
@user @user fala pra ela vc que é mineiro pai
@user copiei p/ fixar pq isso é me eu pqp
@user lizzie e tom pqp seria um casalzão com os dois
rt @user as vezes eu fico pensando porra, como o shikamaru não é hokage é o cara mais inteligente do mundo
@user eu tenho 2 um supera o ridículo
3 dias sem fumar, é difícil pra carai
hahahaha fodido
kkkk pode fala to nem aí 😀
@user Cê tá bolado dmais para cu isso ,já falei pro cê que só vale a pena estressar com amigo,pq os de fora nem compensa ,tudo zoião
ela faz isso todo fds
se essa desgraça vier falar cmg de novo eu mando tomar no cu sem dó
rt @user reclamam da minha boca suja, desculpa aí e vai tomar no cu
porra era só um carro pprt
que bola da tandara pqp
@user Vai no tt do Gregorio Duvivier.Acredita q está assumindo ter virado amigo do hacker igual a Manuela!!!!Esse povo acha q todo mundo é burro né!
Grita puto, namoral, acordei um dia querendo parar num bar, tomar uma breja, escutar um victor e léo e chorar por nem sei quem mlq kkkkkkkkkkkkkkk
@user faz favor vai carai
"""##
}
